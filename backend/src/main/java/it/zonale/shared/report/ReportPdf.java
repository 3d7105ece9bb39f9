package it.zonale.shared.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders a report to PDF through its XHTML ({@link ReportHtml}) with openhtmltopdf, as a tagged
 * PDF/UA-1 and PDF/A-2a file: structure tags, document language and title, every font embedded
 * (Titillium Web, the Designers Italia typeface, with DejaVu Sans for the characters it lacks), an
 * sRGB output intent.
 */
public final class ReportPdf {
  private ReportPdf() {}

  /** A font shipped under resources/fonts, read once. */
  public record Font(String family, int weight, FontStyle style, byte[] bytes) {}

  /** The fonts of every PDF we write; the licences are beside them (OFL, Bitstream Vera). */
  public static final java.util.List<Font> FONTS =
      java.util.List.of(
          font("Titillium Web", 400, FontStyle.NORMAL, "TitilliumWeb_400Regular.ttf"),
          font("Titillium Web", 400, FontStyle.ITALIC, "TitilliumWeb_400Regular_Italic.ttf"),
          font("Titillium Web", 700, FontStyle.NORMAL, "TitilliumWeb_700Bold.ttf"),
          font("DejaVu Sans", 400, FontStyle.NORMAL, "DejaVuSans.ttf"),
          font("DejaVu Sans", 700, FontStyle.NORMAL, "DejaVuSans-Bold.ttf"));

  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private static Font font(String family, int weight, FontStyle style, String file) {
    try (InputStream in = ReportPdf.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the build: " + file);
      }
      return new Font(family, weight, style, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] render(Report report) {
    return renderHtml(ReportHtml.render(report));
  }

  /**
   * Any XHTML document of ours as a PDF/UA-1 and PDF/A-2a file; it must have {@code lang}, a title
   * and use the font families of {@link #FONTS}.
   */
  public static byte[] renderHtml(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessibility(true);
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
      builder.useColorProfile(SRGB);
      for (Font f : FONTS) {
        builder.useFont(
            () -> new ByteArrayInputStream(f.bytes()), f.family(), f.weight(), f.style(), true);
      }
      builder.withHtmlContent(xhtml, null);
      builder.withProducer("Zonale");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("PDF rendering failed", e);
    }
    return out.toByteArray();
  }
}
