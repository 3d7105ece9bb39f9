package it.zonale.participant;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes a session's registrations and attendance as CSV or XLSX, with Italian headings. */
final class RegistrationExport {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final List<String> HEADINGS =
      List.of(
          "Organizzazione",
          "Nome e cognome",
          "Ruolo",
          "E-mail",
          "Stato",
          "Posizione in lista d'attesa",
          "Iscritto il (ora italiana)",
          "Presente");

  private RegistrationExport() {}

  /**
   * CSV for a spreadsheet set to Italian: semicolons, CRLF, and a byte-order mark so that Excel
   * reads the accents as UTF-8.
   */
  static byte[] csv(List<AttendanceService.ExportRow> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      // why: the mark goes first, before the header row that the printer writes when created
      writer.write('\uFEFF');
      CSVPrinter csv =
          new CSVPrinter(
              writer,
              CSVFormat.EXCEL
                  .builder()
                  .setDelimiter(';')
                  .setHeader(HEADINGS.toArray(String[]::new))
                  .get());
      for (AttendanceService.ExportRow r : rows) {
        csv.printRecord(values(r));
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] xlsx(List<AttendanceService.ExportRow> rows, String sheetName) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Zonale", "1.0");
      Worksheet sheet = workbook.newWorksheet(sheetName);
      for (int c = 0; c < HEADINGS.size(); c++) {
        sheet.value(0, c, HEADINGS.get(c));
        sheet.style(0, c).bold().set();
      }
      for (int i = 0; i < rows.size(); i++) {
        List<Object> values = values(rows.get(i));
        for (int c = 0; c < values.size(); c++) {
          Object v = values.get(c);
          if (v instanceof Integer n) {
            sheet.value(i + 1, c, n);
          } else {
            sheet.value(i + 1, c, (String) v);
          }
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static List<Object> values(AttendanceService.ExportRow r) {
    return java.util.Arrays.asList(
        r.organization(),
        r.fullName(),
        r.role(),
        r.email(),
        switch (r.status()) {
          case "REGISTERED" -> "Iscritto";
          case "WAITLISTED" -> "In lista d'attesa";
          default -> "Annullato";
        },
        r.waitlistPosition(),
        r.registeredAt(),
        r.attended() == null ? "" : r.attended() ? "sì" : "no");
  }
}
