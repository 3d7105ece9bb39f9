package it.zonale.plandocument;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import it.zonale.shared.report.Report;
import it.zonale.shared.report.ReportPdf;
import it.zonale.support.ApiTest;
import it.zonale.support.DemoDataProfile;
import it.zonale.support.OdfValidator;
import it.zonale.support.Tokens;
import it.zonale.support.TypographyScan;
import it.zonale.support.VeraPdf;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The demo plan of Oglio Po: its narrative sections (R__demo_12_document.sql) assemble with the
 * generated chapters; the PDF and DOCX of that version are rendered here and their time and size
 * printed (the figures of the closing note), as a report, not as a timed assertion. The PDFs pass
 * veraPDF (PDF/UA-1, PDF/A-2a) and the text of every format passes {@link TypographyScan}.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DemoDocumentTest extends ApiTest {
  static final String PLAN = "b1000000-0000-4000-8000-000000000001";

  final String office = Tokens.consortium(OGLIO_PO);

  /**
   * The demo documents as a user gets them from the export endpoint: Oglio Po's draft and
   * Cremasco's approved edition (the demo approves it at start), in DOCX and ODT, kept in
   * target/demo-documents under their download names for LibreOffice (docs/documents.md). Each ODT
   * conforms to ODF 1.3 for the ODF Toolkit's validator, and its text passes the typography scan.
   */
  @Test
  void theDemoExportsInDocxAndOdtAreValidAndKeptForLooking() throws Exception {
    String oglioPo = "/api/v1/plans/" + PLAN + "/document";
    int draft =
        as(office).post(oglioPo + "/versions").then().statusCode(201).extract().path("number");
    String cremasco = "/api/v1/plans/" + DemoPlanApproval.PLAN + "/document";
    String cremascoOffice = Tokens.consortium(Tokens.CREMASCO);
    int approved =
        as(cremascoOffice)
            .get(cremasco + "/versions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getInt("items.find { it.frozen }.number");
    java.nio.file.Path out =
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "demo-documents"));
    for (String format : List.of("DOCX", "ODT", "PDF")) {
      for (var edition :
          List.of(
              List.of(office, oglioPo + "/versions/" + draft, "DRAFT"),
              List.of(cremascoOffice, cremasco + "/versions/" + approved, "APPROVED"))) {
        String job =
            as(edition.get(0))
                .body(java.util.Map.of("format", format))
                .post(edition.get(1) + "/exports")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        JsonPath done = awaitDone(job);
        assertThat(done.getString("status")).as(format + " " + edition.get(2)).isEqualTo("DONE");
        assertThat(done.getString("edition")).isEqualTo(edition.get(2));
        var file = anonymous().accept("*/*").get(job + "/file").then().statusCode(200).extract();
        String name =
            file.header("Content-Disposition").replaceAll(".*filename=\"([^\"]+)\".*", "$1");
        java.nio.file.Path path = out.resolve(name);
        java.nio.file.Files.write(path, file.asByteArray());
        if (format.equals("ODT")) {
          assertThat(OdfValidator.problems(path)).as(name + ": ODF 1.3 conformance").isEmpty();
          assertThat(TypographyScan.problems(odtText(file.asByteArray()))).as(name).isEmpty();
        }
      }
    }
  }

  /** The text of an ODT's content.xml: paragraphs on lines, tabs and breaks as spaces. */
  static String odtText(byte[] odt) throws Exception {
    try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(odt))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("content.xml")) {
          String xml = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
          return xml.replaceAll("<text:(tab|line-break|s)\\b[^>]*/>", " ")
              .replaceAll("</text:(p|h)>", "\n")
              .replaceAll("<[^>]+>", "")
              .replace("&lt;", "<")
              .replace("&gt;", ">")
              .replace("&quot;", "\"")
              .replace("&apos;", "'")
              .replace("&amp;", "&");
        }
      }
    }
    throw new AssertionError("no content.xml");
  }

  JsonPath awaitDone(String location) throws InterruptedException {
    for (int i = 0; i < 480; i++) {
      JsonPath job = anonymous().get(location).then().statusCode(200).extract().jsonPath();
      if (job.getString("status").equals("DONE") || job.getString("status").equals("FAILED")) {
        return job;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("export not done in 120 s");
  }

  @Test
  void theDemoPlanAssemblesWithItsSectionsAndRenders() throws Exception {
    String base = "/api/v1/plans/" + PLAN + "/document";
    assertThat(
            as(office)
                .get(base + "/sections")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<String>getList("items.key"))
        .containsExactly("introduction", "governance");
    int number =
        as(office).post(base + "/versions").then().statusCode(201).extract().path("number");
    JsonPath detail =
        anonymous().get(base + "/versions/" + number).then().statusCode(200).extract().jsonPath();
    List<String> keys = detail.getList("chapters.key");
    assertThat(keys).containsSubsequence("introduction", "context", "governance", "process");
    assertThat(detail.getString("chapters.find { it.key == 'process' }.blocks.rows.flatten()"))
        .contains("Anziani");

    List<DocumentChapter> chapters =
        new ObjectMapper()
            .convertValue(
                detail.getList("chapters"), new TypeReference<List<DocumentChapter>>() {});
    Report report =
        new DocumentContent(detail.getString("title"), detail.getString("subtitle"), "it", chapters)
            .toReport();
    long start = System.nanoTime();
    ReportPdf.render(report);
    long coldMillis = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    byte[] pdf = ReportPdf.render(report);
    long pdfMillis = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    byte[] docx = ReportDocx.render(report);
    long docxMillis = (System.nanoTime() - start) / 1_000_000;
    Report draft = ApprovedEdition.draft(report);
    byte[] draftPdf = ReportPdf.render(draft);
    // kept for looking at them (pdftoppm, LibreOffice): docs/documents.md
    java.nio.file.Path out = java.nio.file.Path.of("target", "demo-documents");
    java.nio.file.Files.createDirectories(out);
    java.nio.file.Files.write(out.resolve("piano-di-zona-oglio-po-bozza.pdf"), draftPdf);
    java.nio.file.Files.write(
        out.resolve("piano-di-zona-oglio-po-bozza.docx"), ReportDocx.render(draft));
    assertThat(VeraPdf.failedRules(draftPdf)).as("draft: PDF/UA-1 and PDF/A-2a").isEmpty();
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(ReportDocx.render(draft)))) {
      String docxText = new XWPFWordExtractor(d).getText();
      assertThat(TypographyScan.problems(docxText)).as("DOCX text").isEmpty();
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Indice", "Introduzione", "La governance del percorso");
      assertThat(text).containsPattern("\\d,\\d%");
      // line ends are where the layout broke a line, not part of the text
      assertThat(TypographyScan.problems(text.replaceAll(" *\\R *", " "))).as("PDF text").isEmpty();
      System.out.printf(
          "Demo plan document (Oglio Po 2021-2023, %d chapters): PDF %d pages, %,d bytes in %d ms"
              + " (first rendering in the JVM: %d ms); DOCX %,d bytes in %d ms%n",
          chapters.size(),
          doc.getNumberOfPages(),
          pdf.length,
          pdfMillis,
          coldMillis,
          docx.length,
          docxMillis);
    }
  }
}
