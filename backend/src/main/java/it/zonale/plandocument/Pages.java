package it.zonale.plandocument;

/** Number formatting shared by the chapters. */
final class Pages {
  private Pages() {}

  static String number(long value) {
    return String.format(java.util.Locale.ITALY, "%,d", value);
  }
}
