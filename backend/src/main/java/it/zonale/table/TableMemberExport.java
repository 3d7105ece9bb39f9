package it.zonale.table;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/** The columns of a members export (one table, or every table of a plan), Italian headings. */
final class TableMemberExport {
  public static final List<String> HEADINGS =
      List.of(
          "Tavolo",
          "Organizzazione",
          "Tipo di organizzazione",
          "Partecipazione",
          "Delegato titolare",
          "Delegato supplente",
          "Ammessa il");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private TableMemberExport() {}

  /** One member of one table. */
  public record Row(java.util.UUID tableId, String tableName, TableMember member) {}

  public static List<List<Object>> cells(List<Row> rows) {
    return rows.stream().map(TableMemberExport::cells).toList();
  }

  private static List<Object> cells(Row r) {
    TableMember m = r.member();
    return Arrays.asList(
        r.tableName(),
        m.organizationName(),
        m.organizationKind() == null ? "" : m.organizationKind().label(),
        m.status() == TableMemberStatus.FULL ? "Membro effettivo" : "Membro consultivo",
        m.titularName(),
        m.substituteName() == null ? "" : m.substituteName(),
        DAY.format(m.admittedAt()));
  }
}
