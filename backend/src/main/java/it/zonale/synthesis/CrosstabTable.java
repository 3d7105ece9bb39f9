package it.zonale.synthesis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of a cross-tab laid out as answer categories (rows) by dimension values (columns), and
 * shown with small cells suppressed ({@link Suppression}) unless the view is full.
 */
final class CrosstabTable {
  private final Map<String, String> categories;
  private final Map<String, String> columns;
  private final Map<String, Long> cells = new HashMap<>();
  private final Map<String, Long> rowTotals = new HashMap<>();
  private final Map<String, Long> columnTotals = new HashMap<>();
  private long grand;

  /**
   * @param categories the rows, key to label, in order; a category found in the counts only is
   *     added after them with its key as label
   * @param columns the columns, key to label, in order; likewise ("—" for the empty key)
   * @param counts what {@link SynthesisRepository#crossCounts} gave
   * @param answeredColumnsOnly whether a column stands only when someone of it answered
   */
  CrosstabTable(
      Map<String, String> categories,
      Map<String, String> columns,
      List<SynthesisRepository.CrossCount> counts,
      boolean answeredColumnsOnly) {
    this.categories = new LinkedHashMap<>(categories);
    this.columns = new LinkedHashMap<>(columns);
    for (SynthesisRepository.CrossCount c : counts) {
      if (c.category() == null && c.dimension() == null) {
        grand = c.count();
      } else if (c.category() == null) {
        columnTotals.put(c.dimension(), c.count());
        if (!this.columns.containsKey(c.dimension())) {
          this.columns.put(c.dimension(), c.dimension().isEmpty() ? "—" : c.dimension());
        }
      } else if (c.dimension() == null) {
        rowTotals.put(c.category(), c.count());
        this.categories.putIfAbsent(c.category(), c.category());
      } else {
        cells.put(c.category() + "\u0000" + c.dimension(), c.count());
      }
    }
    if (answeredColumnsOnly) {
      this.columns.keySet().removeIf(k -> !columnTotals.containsKey(k));
    }
  }

  /** What a caller sees of the cross-tab: its columns, rows and grand total. */
  record View(
      List<SynthesisCrosstab.Column> columns,
      List<SynthesisCrosstab.Row> rows,
      Long total,
      boolean totalSuppressed) {}

  /** Every figure (full), or the public view with small cells and their totals suppressed. */
  View view(boolean full) {
    List<String> catKeys = new ArrayList<>(categories.keySet());
    List<String> colKeys = new ArrayList<>(columns.keySet());
    long[][] counts = new long[catKeys.size()][colKeys.size()];
    for (int r = 0; r < catKeys.size(); r++) {
      for (int c = 0; c < colKeys.size(); c++) {
        counts[r][c] = cells.getOrDefault(catKeys.get(r) + "\u0000" + colKeys.get(c), 0L);
      }
    }
    boolean[][] hidden =
        full ? new boolean[catKeys.size()][colKeys.size()] : Suppression.protect(counts);
    boolean grandHidden = !full && Suppression.tooSmall(grand);
    return new View(
        columns(colKeys, hidden, full),
        rows(catKeys, counts, hidden, full),
        grandHidden ? null : grand,
        grandHidden);
  }

  /** A column's total is hidden when small or when any of its cells is. */
  private List<SynthesisCrosstab.Column> columns(
      List<String> colKeys, boolean[][] hidden, boolean full) {
    List<SynthesisCrosstab.Column> cols = new ArrayList<>();
    for (int c = 0; c < colKeys.size(); c++) {
      long t = columnTotals.getOrDefault(colKeys.get(c), 0L);
      boolean h = false;
      if (!full) {
        h = Suppression.tooSmall(t);
        for (boolean[] row : hidden) {
          h |= row[c];
        }
      }
      cols.add(
          new SynthesisCrosstab.Column(
              colKeys.get(c), columns.get(colKeys.get(c)), h ? null : t, h));
    }
    return List.copyOf(cols);
  }

  /** A row's total is hidden when small or when any of its cells is. */
  private List<SynthesisCrosstab.Row> rows(
      List<String> catKeys, long[][] counts, boolean[][] hidden, boolean full) {
    List<SynthesisCrosstab.Row> rows = new ArrayList<>();
    for (int r = 0; r < catKeys.size(); r++) {
      List<SynthesisCrosstab.Cell> line = new ArrayList<>();
      for (int c = 0; c < counts[r].length; c++) {
        line.add(new SynthesisCrosstab.Cell(hidden[r][c] ? null : counts[r][c], hidden[r][c]));
      }
      long t = rowTotals.getOrDefault(catKeys.get(r), 0L);
      boolean h = !full && (Suppression.tooSmall(t) || Suppression.anyIn(hidden[r]));
      rows.add(
          new SynthesisCrosstab.Row(
              catKeys.get(r), categories.get(catKeys.get(r)), List.copyOf(line), h ? null : t, h));
    }
    return List.copyOf(rows);
  }
}
