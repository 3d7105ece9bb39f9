package it.zonale.opendata;

import java.util.List;

/**
 * The description of one public dataset: its stable key, what it covers, its titles, its EU
 * data-theme codes and its columns (the CSV header, the JSON properties, the CSVW schema).
 */
public record Dataset(
    String key,
    Scope scope,
    String titleIt,
    String titleEn,
    String descriptionIt,
    String descriptionEn,
    List<String> themes,
    String accrualPeriodicity,
    List<Column> columns) {

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }
}
