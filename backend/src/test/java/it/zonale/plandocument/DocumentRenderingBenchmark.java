package it.zonale.plandocument;

import it.zonale.shared.report.Report;
import it.zonale.shared.report.ReportBlock;
import it.zonale.shared.report.ReportChapter;
import it.zonale.shared.report.ReportPdf;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Renders a plan document of about 250 pages (19 chapters of paragraphs and long tables, like
 * Crema's plan) to PDF and DOCX and prints time and size. Not a timed test and off by default:
 *
 * <pre>cd backend && ./mvnw -q test -Dtest=DocumentRenderingBenchmark -Dzonale.benchmark=true</pre>
 */
@EnabledIfSystemProperty(named = "zonale.benchmark", matches = "true")
class DocumentRenderingBenchmark {

  static Report bigReport(int chapters) {
    String paragraph =
        "Il Piano di Zona programma gli interventi e i servizi sociali dell'ambito, integrando la"
            + " lettura dei bisogni dei tavoli con i dati di contesto e le risorse disponibili. Gli"
            + " obiettivi sono accompagnati da indicatori, con valori di partenza e traguardi, che"
            + " saranno misurati ogni anno per il monitoraggio del triennio.";
    List<ReportChapter> list = new ArrayList<>();
    for (int c = 1; c <= chapters; c++) {
      List<ReportBlock> blocks = new ArrayList<>();
      for (int s = 1; s <= 4; s++) {
        blocks.add(new ReportBlock.Heading(2, "Sezione " + c + "." + s));
        for (int p = 0; p < 6; p++) {
          blocks.add(new ReportBlock.Paragraph(paragraph + "\n\n" + paragraph));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r <= 60; r++) {
          rows.add(
              List.of(
                  "Comune " + r,
                  "Sub-ambito " + (r % 3 + 1),
                  Integer.toString(1000 + r * 37),
                  (r % 7) + "," + (r % 10) + "%",
                  "Obiettivo " + c + "." + s + "." + r));
        }
        blocks.add(
            new ReportBlock.DataTable(
                "Tabella " + c + "." + s,
                List.of("Comune", "Sub-ambito", "Popolazione", "Variazione", "Obiettivo"),
                rows,
                "Fonte: dati generati per il benchmark."));
        blocks.add(new ReportBlock.BulletList(List.of("Azione uno", "Azione due", "Azione tre")));
      }
      list.add(new ReportChapter("cap" + c, "Capitolo " + c, blocks));
    }
    return new Report("Piano di Zona – benchmark", "Documento di Piano generato", "it", list);
  }

  @Test
  void renderA250PagePlan() throws Exception {
    Report report = bigReport(19);
    ReportPdf.render(bigReport(1)); // warm-up: class loading and fonts
    long start = System.nanoTime();
    byte[] pdf = ReportPdf.render(report);
    long pdfMillis = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    byte[] docx = ReportDocx.render(report);
    long docxMillis = (System.nanoTime() - start) / 1_000_000;
    int pages;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      pages = doc.getNumberOfPages();
    }
    System.out.printf(
        "Benchmark plan document: PDF %d pages, %,d bytes in %d ms; DOCX %,d bytes in %d ms%n",
        pages, pdf.length, pdfMillis, docx.length, docxMillis);
  }
}
