package it.zonale.synthesis;

/**
 * Small-cell suppression for the public view of a synthesis.
 *
 * <p>Primary: every count built on fewer than {@link #MIN_CELL} organisations (0, 1 or 2) is
 * hidden. Zero is hidden too: otherwise a hidden cell would be known to be 1 or 2.
 *
 * <p>Secondary (chosen rule, see issue 7): a hidden cell must not be recoverable by subtracting the
 * shown cells from a total. So (1) a row or column with a hidden cell does not show its total, and
 * (2) complementary suppression: when a row or a column has exactly one hidden cell, its smallest
 * other cell is hidden too, repeated until no row or column has a lone hidden cell. With two hidden
 * cells in every affected line, their sum is the most a reader can get from the grand total.
 */
final class Suppression {
  static final int MIN_CELL = 3;

  private Suppression() {}

  static boolean tooSmall(long count) {
    return count < MIN_CELL;
  }

  /** The cells to hide in a table of counts (rows x columns); a distribution is a single row. */
  static boolean[][] protect(long[][] counts) {
    int rows = counts.length;
    int cols = rows == 0 ? 0 : counts[0].length;
    boolean[][] hidden = new boolean[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        hidden[r][c] = tooSmall(counts[r][c]);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int r = 0; r < rows; r++) {
        changed |= complementRow(counts, hidden, r);
      }
      if (rows > 1) {
        for (int c = 0; c < cols; c++) {
          changed |= complementColumn(counts, hidden, c);
        }
      }
    }
    return hidden;
  }

  private static boolean complementRow(long[][] counts, boolean[][] hidden, int r) {
    int lone = 0;
    int best = -1;
    for (int c = 0; c < hidden[r].length; c++) {
      if (hidden[r][c]) {
        lone++;
      } else if (best < 0 || counts[r][c] < counts[r][best]) {
        best = c;
      }
    }
    if (lone == 1 && best >= 0) {
      hidden[r][best] = true;
      return true;
    }
    return false;
  }

  private static boolean complementColumn(long[][] counts, boolean[][] hidden, int c) {
    int lone = 0;
    int best = -1;
    for (int r = 0; r < hidden.length; r++) {
      if (hidden[r][c]) {
        lone++;
      } else if (best < 0 || counts[r][c] < counts[best][c]) {
        best = r;
      }
    }
    if (lone == 1 && best >= 0) {
      hidden[best][c] = true;
      return true;
    }
    return false;
  }

  static boolean anyIn(boolean[] line) {
    for (boolean b : line) {
      if (b) {
        return true;
      }
    }
    return false;
  }
}
