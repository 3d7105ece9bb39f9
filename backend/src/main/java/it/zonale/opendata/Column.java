package it.zonale.opendata;

/**
 * One column of a dataset: its name in the CSV header and the JSON objects, its XSD datatype for
 * the CSVW metadata, and what it means in Italian and English.
 */
public record Column(
    String name,
    String datatype,
    String titleIt,
    String titleEn,
    String description,
    boolean list) {

  static Column of(
      String name, String datatype, String titleIt, String titleEn, String description) {
    return new Column(name, datatype, titleIt, titleEn, description, false);
  }

  /** A column holding several codes, separated by one space in the CSV (CSVW "separator"). */
  static Column listOf(String name, String titleIt, String titleEn, String description) {
    return new Column(name, "string", titleIt, titleEn, description, true);
  }
}
