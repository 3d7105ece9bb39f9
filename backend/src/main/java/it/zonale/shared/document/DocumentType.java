package it.zonale.shared.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The document types an upload may carry (a call's invito, an istanza's annex), each recognised by
 * its content (magic bytes and, for the ZIP-based formats, the entry that names the format), never
 * by the declared type or the name.
 */
public enum DocumentType {
  PDF("application/pdf", "a PDF document"),
  ODT("application/vnd.oasis.opendocument.text", "an OpenDocument text (.odt)"),
  DOCX(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "a Word document (.docx)");

  static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  /** The content type OOXML gives the main part of a Word document (not .docm, .xlsx, .pptx). */
  static final String DOCX_MAIN_PART =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

  // Reading a ZIP inflates it: a small bomb must not cost minutes or memory.
  static final int MAX_ZIP_ENTRIES = 5_000;
  static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;
  static final int MAX_MARKER_BYTES = 1024 * 1024;

  public final String mediaType;
  public final String label;

  DocumentType(String mediaType, String label) {
    this.mediaType = mediaType;
    this.label = label;
  }

  /** The type of a declared media type (parameters such as charset ignored), if one we accept. */
  public static Optional<DocumentType> ofMediaType(String declared) {
    if (declared == null) {
      return Optional.empty();
    }
    String bare = declared.split(";", 2)[0].strip();
    return Arrays.stream(values()).filter(t -> t.mediaType.equalsIgnoreCase(bare)).findFirst();
  }

  /** True when the content is a document of this type. */
  public boolean matches(byte[] content) {
    switch (this) {
      case PDF:
        return startsWith(content, PDF_MAGIC);
      case ODT:
        // ODF requires an entry "mimetype" holding exactly the document's media type.
        return startsWith(content, ZIP_MAGIC)
            && zipEntry(content, "mimetype")
                .map(b -> new String(b, StandardCharsets.US_ASCII).strip().equals(mediaType))
                .orElse(false);
      case DOCX:
        return startsWith(content, ZIP_MAGIC)
            && zipEntry(content, "[Content_Types].xml")
                .map(b -> new String(b, StandardCharsets.UTF_8).contains(DOCX_MAIN_PART))
                .orElse(false);
      default:
        return false;
    }
  }

  /** True when the content starts like a ZIP archive (ODT, DOCX and every other OOXML/ODF file). */
  public static boolean isZip(byte[] content) {
    return startsWith(content, ZIP_MAGIC);
  }

  /**
   * True when every entry of the archive, actually inflated (the sizes an entry declares may lie),
   * adds up to at most {@link #MAX_INFLATED_BYTES} and there are at most {@link #MAX_ZIP_ENTRIES}
   * entries. Checking only the entry that names the format would let a small first entry hide a
   * bomb behind it. An unreadable archive passes here and fails {@link #matches}.
   */
  static boolean archiveWithinBounds(byte[] zip) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      byte[] buffer = new byte[8192];
      long inflated = 0;
      int entries = 0;
      while (in.getNextEntry() != null) {
        if (++entries > MAX_ZIP_ENTRIES) {
          return false;
        }
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          inflated += n;
          if (inflated > MAX_INFLATED_BYTES) {
            return false;
          }
        }
      }
      return true;
    } catch (IOException | IllegalArgumentException unreadable) {
      return true;
    }
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length
        && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }

  /** One entry of a ZIP archive, read within the bounds above; empty when absent or unreadable. */
  static Optional<byte[]> zipEntry(byte[] zip, String name) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      byte[] buffer = new byte[8192];
      long inflated = 0;
      for (int entries = 0; entries < MAX_ZIP_ENTRIES; entries++) {
        ZipEntry entry = in.getNextEntry();
        if (entry == null) {
          return Optional.empty();
        }
        boolean wanted = entry.getName().equals(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Read each entry through ourselves, counting, rather than let getNextEntry skip it.
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          inflated += n;
          if (inflated > MAX_INFLATED_BYTES) {
            return Optional.empty();
          }
          if (wanted) {
            if (out.size() + n > MAX_MARKER_BYTES) {
              return Optional.empty();
            }
            out.write(buffer, 0, n);
          }
        }
        if (wanted) {
          return Optional.of(out.toByteArray());
        }
      }
      return Optional.empty();
    } catch (IOException | IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }
}
