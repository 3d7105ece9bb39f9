package it.zonale.shared.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.zonale.support.VeraPdf;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF of a report has its cover, a table of contents with page numbers, and escaped text. */
class ReportPdfTest {

  @Test
  void rendersCoverContentsAndChaptersWithPageNumbers() throws Exception {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 120; i++) {
      rows.add(List.of("Comune " + i, String.valueOf(i * 100)));
    }
    Report report =
        new Report(
            "Piano di Zona 2025-2027",
            "Ambito Cremasco",
            "it",
            List.of(
                new ReportChapter(
                    "context",
                    "Il contesto",
                    List.of(
                        new ReportBlock.Paragraph("Popolazione & territorio <anziani>"),
                        new ReportBlock.DataTable(
                            "Popolazione per comune",
                            List.of("Comune", "Abitanti"),
                            rows,
                            "Fonte: ISTAT"))),
                new ReportChapter(
                    "objectives",
                    "Gli obiettivi",
                    List.of(
                        new ReportBlock.Heading(2, "Area anziani"),
                        new ReportBlock.BulletList(List.of("Più assistenza domiciliare €"))))));

    byte[] pdf = ReportPdf.render(report);

    try (var document = Loader.loadPDF(pdf)) {
      assertTrue(document.getNumberOfPages() >= 5, "cover, contents, a long table, a chapter");
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Piano di Zona 2025-2027"));
      assertTrue(text.contains("Indice"));
      assertTrue(text.contains("Popolazione & territorio <anziani>"), "escaped text reads back");
      assertTrue(text.contains("Fonte: ISTAT"));
      assertTrue(text.contains("Più assistenza domiciliare €"));
      // the contents line of chapter 2 ends with the page the chapter starts on
      var stripper = new PDFTextStripper();
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      String contents = stripper.getText(document);
      int chapterTwoPage = pageOf(document, "2. Gli obiettivi", 3);
      assertTrue(
          contents.matches("(?s).*2\\. Gli obiettivi[ .]*" + chapterTwoPage + "\\s.*"),
          "contents page: " + contents);
      int bookmarks = 0;
      for (var item : document.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks++;
      }
      assertEquals(2, bookmarks, "one bookmark per chapter");
      assertFalse(text.contains("&amp;"));
    }
    assertEquals(List.of(), VeraPdf.failedRules(pdf), "PDF/UA-1 and PDF/A-2a");
    try (var untagged = new org.apache.pdfbox.pdmodel.PDDocument();
        var out = new java.io.ByteArrayOutputStream()) {
      untagged.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      untagged.save(out);
      assertFalse(VeraPdf.failedRules(out.toByteArray()).isEmpty(), "the validator does fail");
    }
    assertTrue(
        ReportHtml.render(report.withPageMark("Bozza")).contains("content: \"Bozza\""),
        "a draft says so on every page");
  }

  private static int pageOf(org.apache.pdfbox.pdmodel.PDDocument document, String text, int from)
      throws Exception {
    for (int page = from; page <= document.getNumberOfPages(); page++) {
      var stripper = new PDFTextStripper();
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      if (stripper.getText(document).contains(text)) {
        return page;
      }
    }
    return -1;
  }
}
