package it.zonale.table;

import it.zonale.organization.OrganizationKind;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/** The columns of a members export (one table, or every table of a plan), Italian headings. */
public final class TableMemberExport {
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
        m.organizationKind() == null ? "" : kind(m.organizationKind()),
        m.status() == TableMemberStatus.FULL ? "Membro effettivo" : "Membro consultivo",
        m.titularName(),
        m.substituteName() == null ? "" : m.substituteName(),
        DAY.format(m.admittedAt()));
  }

  private static String kind(OrganizationKind kind) {
    return switch (kind) {
      case ODV -> "Organizzazione di volontariato";
      case APS -> "Associazione di promozione sociale";
      case SOCIAL_ENTERPRISE -> "Impresa sociale";
      case SOCIAL_COOPERATIVE -> "Cooperativa sociale";
      case PHILANTHROPIC_ENTITY -> "Ente filantropico";
      case ASSOCIATIVE_NETWORK -> "Rete associativa";
      case MUTUAL_AID_SOCIETY -> "Società di mutuo soccorso";
      case OTHER_ETS -> "Altro ente del Terzo settore";
      case FOUNDATION -> "Fondazione";
      case RELIGIOUS_BODY -> "Ente religioso";
      case MUNICIPALITY -> "Comune";
      case ASST -> "ASST";
      case ATS -> "ATS";
      case CONSORTIUM -> "Consorzio / Ufficio di Piano";
    };
  }
}
