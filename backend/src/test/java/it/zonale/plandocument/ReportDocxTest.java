package it.zonale.plandocument;

import static org.assertj.core.api.Assertions.assertThat;

import it.zonale.shared.report.Report;
import it.zonale.shared.report.ReportBlock;
import it.zonale.shared.report.ReportChapter;
import it.zonale.shared.report.ReportPdf;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The DOCX behaves like a document written in Word: real lists in numbering.xml, a contents field
 * pre-filled with page numbers and marked dirty, headings kept with the next paragraph and table
 * header rows repeated. Read as XML, as a reviewer would unzip it.
 */
class ReportDocxTest {

  static Report report() {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 150; i++) {
      rows.add(List.of("Comune " + i, String.valueOf(i * 100)));
    }
    return new Report(
        "Piano di Zona 2025-2027",
        "Ambito Cremasco",
        "it",
        List.of(
            new ReportChapter(
                "context",
                "Il contesto",
                List.of(
                    new ReportBlock.Paragraph("Popolazione e territorio."),
                    new ReportBlock.DataTable(
                        "Popolazione per comune", List.of("Comune", "Abitanti"), rows, "ISTAT"))),
            new ReportChapter(
                "objectives",
                "Gli obiettivi",
                List.of(
                    new ReportBlock.Heading(2, "Area anziani"),
                    new ReportBlock.BulletList(List.of("Assistenza domiciliare", "Trasporti")),
                    new ReportBlock.NumberedList(List.of("Analisi", "Co-progettazione")),
                    new ReportBlock.NumberedList(List.of("Primo", "Secondo"))))));
  }

  static Map<String, String> unzip(byte[] file) throws Exception {
    Map<String, String> parts = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }

  /** Whether the XML holds the text; a failure names it rather than printing the whole part. */
  static void has(String xml, String text) {
    assertThat(xml.contains(text)).as("contains %s", text).isTrue();
  }

  @Test
  void tableColumnsFollowTheirContentAndTheLastRowsStayWithTheSource() throws Exception {
    String document = unzip(ReportDocx.render(report())).get("word/document.xml");

    var columns =
        java.util.regex.Pattern.compile("<w:gridCol w:w=\"(\\d+)\"/>")
            .matcher(document)
            .results()
            .map(m -> Integer.parseInt(m.group(1)))
            .toList();
    // "Comune 150" needs more room than "15000"; together the columns fill the text width
    assertThat(columns).hasSize(2);
    assertThat(columns.get(0)).isGreaterThan(columns.get(1));
    assertThat(columns.get(0) + columns.get(1))
        .isBetween(11906 - 2 * 1134 - 2, 11906 - 2 * 1134 + 2);
    has(document, "<w:tblLayout w:type=\"fixed\"/>");
    // rows 148-150 keep with the next one and the last with the source line "ISTAT"
    int lastRow = document.lastIndexOf("Comune 150");
    int row147 = document.indexOf("Comune 147<");
    assertThat(document.substring(document.indexOf("Comune 148<") - 300, lastRow))
        .contains("<w:keepNext");
    assertThat(document.substring(row147 - 300, row147)).doesNotContain("<w:keepNext");
  }

  @Test
  void listsAreWordListsNotTypedBullets() throws Exception {
    Map<String, String> parts = unzip(ReportDocx.render(report()));
    String document = parts.get("word/document.xml");
    String numbering = parts.get("word/numbering.xml");

    assertThat(document.contains("•")).as("a typed bullet").isFalse();
    has(document, "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>");
    has(numbering, "<w:numFmt w:val=\"bullet\"/>");
    has(numbering, "<w:numFmt w:val=\"decimal\"/>");
    has(numbering, "<w:lvlText w:val=\"%1.\"/>");
    // each numbered list restarts at 1: its own instance with a start override
    assertThat(numbering.split("<w:startOverride", -1)).hasSize(3);
    has(document, "<w:tblHeader w:val=\"on\"/>");
    has(parts.get("word/styles.xml"), "<w:keepNext/>");
  }

  @Test
  void contentsArePrefilledWithPageNumbersAndMarkedForUpdate() throws Exception {
    Report report = report();
    List<Integer> pages = ReportDocx.chapterPages(ReportPdf.render(report));
    assertThat(pages).hasSize(2);
    assertThat(pages.get(0)).isEqualTo(3); // cover, contents, then chapter 1
    assertThat(pages.get(1)).isGreaterThan(pages.get(0) + 1); // the long table takes pages

    Map<String, String> parts = unzip(ReportDocx.render(report, pages));
    String document = parts.get("word/document.xml");

    has(document, "<w:fldChar w:fldCharType=\"begin\" w:dirty=\"on\"/>");
    has(document, "TOC \\o \"1-3\" \\h");
    has(document, "<w:hyperlink w:anchor=\"_Toc_chapter_2\"");
    has(document, "<w:bookmarkStart w:name=\"_Toc_chapter_2\"");
    has(
        document,
        "2. Gli obiettivi</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>" + pages.get(1) + "</w:t>");
    has(parts.get("word/settings.xml"), "updateFields");
  }
}
