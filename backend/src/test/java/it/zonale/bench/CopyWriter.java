package it.zonale.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams the rows of one table into PostgreSQL with {@code COPY ... FROM STDIN} (text format), row
 * by row into a buffered stream: memory stays flat however many rows are written. Every byte sent
 * also goes into the run's digest, so that two runs can be compared byte for byte.
 */
final class CopyWriter implements AutoCloseable {
  static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ssxxx");

  private final String table;
  private final Writer out;
  private final Map<String, long[]> stats;
  private final long started = System.nanoTime();
  private long rows;

  /**
   * @param stats per table: rows written and nanoseconds spent (generation included), summed over
   *     the COPYs of the same table
   */
  CopyWriter(
      CopyManager copy,
      String table,
      String columns,
      MessageDigest digest,
      Map<String, long[]> stats)
      throws SQLException {
    this.table = table;
    this.stats = stats;
    digest.update(("\n#" + table + "(" + columns + ")\n").getBytes(StandardCharsets.UTF_8));
    PGCopyOutputStream pg =
        new PGCopyOutputStream(
            copy.copyIn("copy " + table + " (" + columns + ") from stdin (format text)"), 1 << 16);
    this.out =
        new BufferedWriter(
            new OutputStreamWriter(new DigestOutputStream(pg, digest), StandardCharsets.UTF_8),
            1 << 16);
  }

  /** One row; values are written in the column order given to the constructor. */
  void row(Object... values) throws IOException {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.write('\t');
      }
      write(values[i]);
    }
    out.write('\n');
    rows++;
  }

  private void write(Object value) throws IOException {
    if (value == null) {
      out.write("\\N");
    } else if (value instanceof String s) {
      escape(s);
    } else if (value instanceof OffsetDateTime t) {
      out.write(TIMESTAMP.format(t));
    } else if (value instanceof Boolean b) {
      out.write(b ? "t" : "f");
    } else if (value instanceof BigDecimal d) {
      out.write(d.toPlainString());
    } else {
      // UUID, Integer, Long, LocalDate: their toString is PostgreSQL's input format
      out.write(value.toString());
    }
  }

  private void escape(String s) throws IOException {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.write("\\\\");
        case '\t' -> out.write("\\t");
        case '\n' -> out.write("\\n");
        case '\r' -> out.write("\\r");
        default -> out.write(c);
      }
    }
  }

  @Override
  public void close() throws IOException {
    out.close(); // flushes, then PGCopyOutputStream.close() ends the COPY
    long[] s = stats.computeIfAbsent(table, t -> new long[2]);
    s[0] += rows;
    s[1] += System.nanoTime() - started;
  }
}
