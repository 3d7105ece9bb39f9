package it.zonale.shared.text;

import com.ibm.icu.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * How we write values for Italian readers (CLDR it-IT): dates "lunedì 4 ottobre 2021", numbers
 * "12.345", one percentage style "85,0%", plurals through ICU messages, typographic apostrophes.
 * Values that must not split across lines use non-breaking spaces ({@link #NBSP}).
 */
public final class Italian {
  private Italian() {}

  public static final Locale LOCALE = Locale.forLanguageTag("it-IT");

  /** U+00A0: a space where a line must not break ("4 ottobre 2021", "12 comuni"). */
  public static final char NBSP = '\u00A0';

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LOCALE);
  private static final DateTimeFormatter DAY_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);

  /** "lunedì 4 ottobre 2021", unbreakable. */
  public static String longDate(LocalDate date) {
    return date == null ? "" : LONG_DATE.format(date).replace(' ', NBSP);
  }

  /** "4 ottobre 2021", unbreakable. */
  public static String date(LocalDate date) {
    return date == null ? "" : DAY_DATE.format(date).replace(' ', NBSP);
  }

  /** "12.345". */
  public static String number(long value) {
    return NumberFormat.getIntegerInstance(LOCALE).format(value);
  }

  /** A share in [0, 1] as "85,0%" (one decimal, no space: the one style of the product). */
  public static String percent(double share) {
    NumberFormat f = NumberFormat.getNumberInstance(LOCALE);
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    return f.format(share * 100) + "%";
  }

  /**
   * An ICU message with a plural, e.g. {@code plural("{n, plural, one {# comune} other {#
   * comuni}}", 3)}; a number and the word after it are joined by a non-breaking space.
   */
  public static String plural(String pattern, long n) {
    return new MessageFormat(pattern, LOCALE)
        .format(Map.of("n", n))
        .replaceAll("(\\d) ", "$1" + NBSP);
  }

  /**
   * Typographic apostrophes and quotes in our own texts: ' → ’, "…" → “…”. For texts we write, not
   * for what users typed.
   */
  public static String typographic(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean open = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        out.append('\u2019');
      } else if (c == '"') {
        out.append(open ? '\u201C' : '\u201D');
        open = !open;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
