package it.zonale.participant;

import java.util.List;

/** The columns of a session's registrations and attendance export, with Italian headings. */
final class RegistrationExport {
  static final List<String> HEADINGS =
      List.of(
          "Organizzazione",
          "Nome e cognome",
          "Ruolo",
          "E-mail",
          "Stato",
          "Posizione in lista d’attesa",
          "Iscritto il (ora italiana)",
          "Presente");

  private RegistrationExport() {}

  static List<List<Object>> rows(List<AttendanceService.ExportRow> rows) {
    return rows.stream().map(RegistrationExport::values).toList();
  }

  private static List<Object> values(AttendanceService.ExportRow r) {
    return java.util.Arrays.asList(
        r.organization(),
        r.fullName(),
        r.role(),
        r.email(),
        switch (r.status()) {
          case "REGISTERED" -> "Iscritto";
          case "WAITLISTED" -> "In lista d’attesa";
          default -> "Annullato";
        },
        r.waitlistPosition(),
        r.registeredAt(),
        r.attended() == null ? "" : r.attended() ? "sì" : "no");
  }
}
