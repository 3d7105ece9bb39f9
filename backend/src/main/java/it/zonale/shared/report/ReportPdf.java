package it.zonale.shared.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Renders a report to PDF through its XHTML ({@link ReportHtml}) with openhtmltopdf. */
public final class ReportPdf {
  private ReportPdf() {}

  public static byte[] render(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(ReportHtml.render(report), null);
      builder.withProducer("Zonale");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("PDF rendering failed", e);
    }
    return out.toByteArray();
  }
}
