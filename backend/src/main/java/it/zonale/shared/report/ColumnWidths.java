package it.zonale.shared.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Column widths of a data table for formats that do not lay tables out by content (DOCX, ODT): with
 * equal columns, Word and LibreOffice break long words in narrow columns ("Avanzament/o"). The rule
 * is the one browsers use for automatic tables, measured in characters: each column gets at least
 * its longest word, and the rest of the line goes to the columns with the most text.
 */
public final class ColumnWidths {
  /**
   * About how many characters of table text fit on one line of the page's text width (17 cm at
   * about 0.24 cm a character of 11-point DejaVu Sans, the font readers fall back to).
   */
  static final int LINE = 72;

  /** A cell's padding and borders, in characters. */
  private static final double PADDING = 2;

  /** Header cells are bold, a little wider than the same text in a body cell. */
  private static final double BOLD = 1.1;

  /** No word is allowed to claim more than this, so one URL does not starve the other columns. */
  private static final int LONGEST_WORD = 24;

  private static final int LONGEST_CELL = 200;

  private ColumnWidths() {}

  /** Each column's share of the width, in the headers' order; the shares add up to 1. */
  public static List<Double> of(ReportBlock.DataTable table) {
    int cols = table.headers().size();
    if (cols == 0) {
      return List.of();
    }
    double[] least = new double[cols];
    double[] most = new double[cols];
    for (int c = 0; c < cols; c++) {
      measure(table.headers().get(c), BOLD, c, least, most);
      for (List<String> row : table.rows()) {
        measure(c < row.size() ? row.get(c) : "", 1, c, least, most);
      }
    }
    double sumLeast = 0;
    double sumSpare = 0;
    for (int c = 0; c < cols; c++) {
      least[c] = Math.max(least[c], 3) + PADDING;
      most[c] = Math.max(most[c] + PADDING, least[c]);
      sumLeast += least[c];
      sumSpare += most[c] - least[c];
    }
    double[] width = new double[cols];
    double spare = Math.max(LINE - sumLeast, 0);
    for (int c = 0; c < cols; c++) {
      double share = sumSpare == 0 ? 0 : (most[c] - least[c]) / sumSpare;
      width[c] = least[c] + Math.min(spare * share, most[c] - least[c]);
    }
    double total = 0;
    for (double w : width) {
      total += w;
    }
    List<Double> shares = new ArrayList<>(cols);
    for (double w : width) {
      shares.add(w / total);
    }
    return shares;
  }

  /**
   * A word is what a reader may not break: non-breaking spaces (dates, "1.200 €") join their words,
   * and Java's {@code \\s} does not match them.
   */
  private static void measure(String text, double factor, int c, double[] least, double[] most) {
    if (text == null) {
      return;
    }
    for (String word : text.split("\\s+")) {
      least[c] = Math.max(least[c], factor * Math.min(word.length(), LONGEST_WORD));
    }
    most[c] = Math.max(most[c], factor * Math.min(text.strip().length(), LONGEST_CELL));
  }
}
