package it.zonale.shared.web;

import jakarta.ws.rs.core.Response;
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

/**
 * The exports of every feature: a table of headings and rows written as CSV for a spreadsheet set
 * to Italian or as XLSX, and the download response that carries it.
 */
public final class SpreadsheetExport {
  public static final String CSV = "text/csv";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private SpreadsheetExport() {}

  /**
   * The download: {@code fileName} without extension; cells are strings, integers or null (empty).
   */
  public static Response download(
      ExportFormat format,
      String fileName,
      String sheetName,
      List<String> headings,
      List<List<Object>> rows) {
    return format == ExportFormat.XLSX
        ? Response.ok(xlsx(headings, rows, sheetName), XLSX)
            .header("Content-Disposition", "attachment; filename=\"" + fileName + ".xlsx\"")
            .build()
        : Response.ok(csv(headings, rows), "text/csv; charset=utf-8")
            .header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"")
            .build();
  }

  /**
   * CSV for a spreadsheet set to Italian: semicolons, CRLF, and a byte-order mark so that Excel
   * reads the accents as UTF-8.
   */
  public static byte[] csv(List<String> headings, List<List<Object>> rows) {
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
                  .setHeader(headings.toArray(String[]::new))
                  .get());
      for (List<Object> r : rows) {
        csv.printRecord(r);
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] xlsx(List<String> headings, List<List<Object>> rows, String sheetName) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Zonale", "1.0");
      Worksheet sheet = workbook.newWorksheet(sheetName);
      for (int c = 0; c < headings.size(); c++) {
        sheet.value(0, c, headings.get(c));
        sheet.style(0, c).bold().set();
      }
      for (int i = 0; i < rows.size(); i++) {
        List<Object> values = rows.get(i);
        for (int c = 0; c < values.size(); c++) {
          Object v = values.get(c);
          if (v instanceof Integer n) {
            sheet.value(i + 1, c, n);
          } else if (v != null) {
            sheet.value(i + 1, c, v.toString());
          }
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
