package it.zonale.shared.document;

import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks every document upload makes before it is stored: a plain file name, a PDF, ODT or DOCX
 * whose content is of the declared type, within the size limit; and its SHA-256.
 */
public final class Documents {
  public static final String PDF = "application/pdf";
  public static final String ODT = "application/vnd.oasis.opendocument.text";
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /**
   * 10 MB, the largest file; {@code quarkus.http.limits.max-body-size} is set to the same value so
   * that a larger body is refused before it is read.
   */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  public static final int MAX_FILENAME = 200;

  /** Path separators and control characters have no place in a name offered for download. */
  private static final Pattern BAD_FILENAME = Pattern.compile("[/\\\\\\p{Cntrl}]");

  /**
   * Characters that change how a name reads without being seen: bidirectional controls (a
   * right-to-left override turns "fattura\u202Efdp.exe" into "fatturaexe.pdf" on screen),
   * zero-width and other format characters, line separators, private-use and unassigned code
   * points, and the Hangul fillers that render as blanks.
   */
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\p{Cf}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}\\u034F\\u115F\\u1160\\u3164\\uFFA0]");

  private Documents() {}

  /**
   * The stripped file name.
   *
   * @throws DomainException.InvalidInput filename missing, too long or with path separators
   * @throws DomainException.InvalidState filename-not-allowed: invisible or bidi characters (422)
   */
  public static String checkFilename(String filename) {
    String name = filename == null ? "" : filename.strip();
    if (name.isEmpty()) {
      throw DomainException.InvalidInput.of("filename", FieldCode.REQUIRED, "is required");
    }
    if (name.length() > MAX_FILENAME) {
      throw DomainException.InvalidInput.of(
          "filename", FieldCode.TOO_LONG, "must be at most " + MAX_FILENAME + " characters");
    }
    if (BAD_FILENAME.matcher(name).find() || name.equals(".") || name.equals("..")) {
      throw DomainException.InvalidInput.of(
          "filename",
          FieldCode.INVALID_FORMAT,
          "must be a plain file name, without path separators or control characters");
    }
    if (INVISIBLE.matcher(name).find()) {
      throw DomainException.InvalidState.withErrors(
          "filename-not-allowed",
          "The file name holds invisible or direction-changing characters, which can disguise"
              + " what the file is. Rename it with visible characters only.",
          List.of(
              new DomainException.FieldProblem(
                  "filename",
                  FieldCode.NOT_ALLOWED,
                  "must not contain invisible, bidirectional-control or format characters")));
    }
    return name;
  }

  /**
   * The type of a file whose content is what its Content-Type declares.
   *
   * @throws DomainException.InvalidInput empty file
   * @throws DomainException.TooLarge attachment-too-large
   * @throws DomainException.UnsupportedContent attachment-type-mismatch, unsupported-media-type
   * @throws DomainException.InvalidState document-archive-too-large: a ZIP-based document (ODT,
   *     DOCX) that inflates beyond {@link DocumentType#MAX_INFLATED_BYTES} or holds more than
   *     {@link DocumentType#MAX_ZIP_ENTRIES} entries (422)
   */
  public static DocumentType checkContent(String declaredMediaType, byte[] content) {
    DocumentType type =
        DocumentType.ofMediaType(declaredMediaType)
            .orElseThrow(
                () ->
                    DomainException.UnsupportedContent.of(
                        "unsupported-media-type",
                        "Attach a PDF, ODT or DOCX file, declared as such in Content-Type."));
    if (content == null || content.length == 0) {
      throw DomainException.InvalidInput.of("", FieldCode.REQUIRED, "the file is empty");
    }
    if (content.length > MAX_BYTES) {
      throw DomainException.TooLarge.of(
          "attachment-too-large", "An attachment may be at most 10 MB; this one is larger.");
    }
    if (DocumentType.isZip(content) && !DocumentType.archiveWithinBounds(content)) {
      throw DomainException.InvalidState.of(
          "document-archive-too-large",
          "The document is a ZIP archive that unpacks to more than "
              + DocumentType.MAX_INFLATED_BYTES / (1024 * 1024)
              + " MB or holds more than "
              + DocumentType.MAX_ZIP_ENTRIES
              + " parts; no real document does. Save it again from the word processor.");
    }
    if (!type.matches(content)) {
      throw DomainException.UnsupportedContent.of(
          "attachment-type-mismatch",
          "The file was declared as "
              + type.mediaType
              + " but its content is not "
              + type.label
              + ". Attach the document itself, as PDF, ODT or DOCX.");
    }
    return type;
  }

  /** SHA-256 of the content, lower-case hex. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      // Every Java runtime must provide SHA-256 (java.security.MessageDigest).
      throw new IllegalStateException(e);
    }
  }
}
