package it.zonale.opendata;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.stream.Collectors;

/** How a value is written in the open datasets: ISO dates, dot decimals, codes of enumerations. */
final class Values {
  private Values() {}

  /** The text of a value in a CSV cell; lists are space-separated (CSVW "separator"). */
  static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Collection<?> c) {
      return c.stream().map(Values::text).collect(Collectors.joining(" "));
    }
    if (v instanceof OffsetDateTime t) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    if (v instanceof TemporalAccessor t) {
      return t.toString();
    }
    return v.toString();
  }
}
