package it.zonale.opendata;

import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import java.util.Locale;

/** The formats of a dataset: the data in CSV or JSON, and the CSVW metadata of the CSV. */
enum Format {
  CSV("text/csv; charset=UTF-8", ".csv"),
  JSON("application/json", ".json"),
  CSVW("application/csvm+json", ".csv-metadata.json");

  final String mediaType;
  final String extension;

  Format(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** From ?format= first, else from Accept (CSV and CSVW only when asked for), else JSON. */
  static Format of(String format, String accept) {
    if (format != null && !format.isBlank()) {
      return switch (format.toLowerCase(Locale.ROOT)) {
        case "csv" -> CSV;
        case "json" -> JSON;
        case "csvw" -> CSVW;
        default ->
            throw DomainException.InvalidInput.of(
                "/format", FieldCode.INVALID, "format must be csv, json or csvw");
      };
    }
    String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
    if (a.contains("application/csvm+json")) {
      return CSVW;
    }
    if (a.contains("text/csv") && !a.contains("application/json")) {
      return CSV;
    }
    return JSON;
  }
}
