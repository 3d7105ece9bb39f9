package it.zonale.plandocument;

import it.zonale.call.Call;
import it.zonale.call.CallApi;
import it.zonale.contribution.Contribution;
import it.zonale.contribution.ContributionApi;
import it.zonale.contribution.ContributionOutcome;
import it.zonale.contribution.ContributionStatus;
import it.zonale.participant.AttendanceSummary;
import it.zonale.participant.ParticipantApi;
import it.zonale.session.Session;
import it.zonale.session.SessionApi;
import it.zonale.session.SessionStatus;
import it.zonale.shared.report.PlanChapterSource;
import it.zonale.shared.report.ReportBlock;
import it.zonale.shared.report.ReportChapter;
import it.zonale.shared.text.Italian;
import it.zonale.table.Table;
import it.zonale.table.TableApi;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Chapter "Il percorso partecipativo" (200): the calls, the tables with their members, the incontri
 * held and planned, registrations and attendance, the istanze received and answered.
 */
@ApplicationScoped
class ProcessChapterSource implements PlanChapterSource {
  static final String SOURCE = "Fonte: Zonale, registro del percorso partecipativo.";

  /** "23 settembre 2021" with non-breaking spaces: a date never splits across lines. */
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d\u00A0MMMM\u00A0yyyy", java.util.Locale.ITALIAN);

  private final TableApi tables;
  private final SessionApi sessions;
  private final ParticipantApi attendance;
  private final ContributionApi contributions;
  private final CallApi calls;

  public ProcessChapterSource(
      TableApi tables,
      SessionApi sessions,
      ParticipantApi attendance,
      ContributionApi contributions,
      CallApi calls) {
    this.tables = tables;
    this.sessions = sessions;
    this.attendance = attendance;
    this.contributions = contributions;
    this.calls = calls;
  }

  @Override
  public int order() {
    return 200;
  }

  @Override
  public Optional<ReportChapter> chapter(UUID planId, Locale locale) {
    List<ReportBlock> blocks = new ArrayList<>();
    List<Call> planCalls = calls.callsOfPlan(planId);
    List<Table> planTables = tables.tablesOfPlan(planId);
    List<Session> planSessions = sessions.sessionsOfPlan(planId);
    List<Contribution> istanze = contributions.contributionsOfPlan(planId);
    AttendanceSummary summary = attendance.attendanceSummaryOf(planId);

    long held = planSessions.stream().filter(s -> s.status() == SessionStatus.HELD).count();
    long planned = planSessions.stream().filter(s -> s.status() == SessionStatus.SCHEDULED).count();
    long received = istanze.stream().filter(c -> c.status() != ContributionStatus.DRAFT).count();
    long answered = istanze.stream().filter(c -> c.status() == ContributionStatus.ANSWERED).count();
    long registered = summary.tables().stream().mapToLong(AttendanceSummary.Row::registered).sum();
    long attended = summary.tables().stream().mapToLong(AttendanceSummary.Row::attended).sum();
    blocks.add(
        new ReportBlock.Paragraph(
            "Il percorso con il Terzo settore si è articolato in "
                + Italian.plural(
                    "{n, plural, one {# tavolo tematico} other {# tavoli tematici}}",
                    planTables.size())
                + ", con "
                + Italian.plural(
                    "{n, plural, one {# incontro svolto} other {# incontri svolti}}", held)
                + " e "
                + Italian.plural(
                    "{n, plural, one {# in programma} other {# in programma}}", planned)
                + ". Agli incontri svolti "
                + Italian.plural(
                    "{n, plural, =0 {non risultano presenze previste} one {risulta # presenza"
                        + " prevista} other {risultano # presenze previste}}",
                    registered)
                + ", con "
                + Italian.plural(
                    "{n, plural, one {# partecipante effettivo} other {# partecipanti effettivi}}",
                    attended)
                + ". "
                + Italian.plural(
                    "{n, plural, =0 {Non sono pervenute istanze} one {È pervenuta # istanza}"
                        + " other {Sono pervenute # istanze}}",
                    received)
                + (received == 0
                    ? "."
                    : Italian.plural(
                        "{n, plural, =0 {, nessuna ancora con risposta dell’Ufficio di Piano.}"
                            + " one {, di cui # con risposta motivata dell’Ufficio di Piano.}"
                            + " other {, di cui # con risposta motivata dell’Ufficio di Piano.}}",
                        answered))));

    if (!planCalls.isEmpty()) {
      blocks.add(new ReportBlock.Heading(2, "Gli inviti al Terzo settore"));
      blocks.add(
          new ReportBlock.DataTable(
              "Inviti a manifestare interesse",
              List.of("Invito", "Scadenza", "Tavoli aperti"),
              planCalls.stream()
                  .map(
                      c ->
                          List.of(
                              c.title(),
                              c.deadline().format(DATE),
                              Integer.toString(c.tableIds().size())))
                  .toList(),
              SOURCE));
    }

    Map<UUID, AttendanceSummary.Row> byTable = new HashMap<>();
    summary.tables().stream().filter(r -> r.id() != null).forEach(r -> byTable.put(r.id(), r));
    List<List<String>> tableRows = new ArrayList<>();
    for (Table t : planTables) {
      long members = tables.memberCountOf(t.id());
      long tHeld =
          planSessions.stream()
              .filter(s -> t.id().equals(s.tableId()) && s.status() == SessionStatus.HELD)
              .count();
      long tPlanned =
          planSessions.stream()
              .filter(s -> t.id().equals(s.tableId()) && s.status() == SessionStatus.SCHEDULED)
              .count();
      AttendanceSummary.Row row = byTable.get(t.id());
      long tIstanze =
          istanze.stream()
              .filter(c -> c.status() != ContributionStatus.DRAFT && t.id().equals(c.tableId()))
              .count();
      tableRows.add(
          List.of(
              t.name(),
              Long.toString(members),
              Long.toString(tHeld),
              Long.toString(tPlanned),
              row == null ? "0" : Long.toString(row.registered()),
              row == null ? "0" : Long.toString(row.attended()),
              Long.toString(tIstanze)));
    }
    long plenaries =
        planSessions.stream()
            .filter(s -> s.tableId() == null && s.status() == SessionStatus.HELD)
            .count();
    blocks.add(new ReportBlock.Heading(2, "I tavoli tematici"));
    blocks.add(
        new ReportBlock.DataTable(
            "Tavoli, componenti, incontri e partecipazione",
            List.of(
                "Tavolo",
                "Enti componenti",
                "Incontri svolti",
                "Incontri in programma",
                "Iscritti",
                "Presenti",
                "Istanze"),
            tableRows,
            SOURCE));
    blocks.add(new ReportBlock.Heading(2, "Gli incontri"));
    blocks.add(
        new ReportBlock.Paragraph(
            "Incontri plenari svolti: "
                + Italian.number(plenaries)
                + ". Incontri svolti in tutto: "
                + Italian.number(held)
                + "."));
    List<List<String>> sessionRows =
        planSessions.stream()
            .filter(s -> s.status() != SessionStatus.CANCELLED)
            .map(
                s ->
                    List.of(
                        s.startsAt().format(DATE),
                        s.title(),
                        planTables.stream()
                            .filter(t -> t.id().equals(s.tableId()))
                            .map(Table::name)
                            .findFirst()
                            .orElse("Plenaria"),
                        s.status() == SessionStatus.HELD ? "Svolto" : "In programma"))
            .toList();
    if (!sessionRows.isEmpty()) {
      blocks.add(
          new ReportBlock.DataTable(
              "Calendario degli incontri",
              List.of("Data", "Incontro", "Tavolo", "Stato"),
              sessionRows,
              SOURCE));
    }
    blocks.add(new ReportBlock.Heading(2, "Le istanze"));
    Map<ContributionOutcome, Long> outcomes = new java.util.EnumMap<>(ContributionOutcome.class);
    istanze.stream()
        .filter(c -> c.status() == ContributionStatus.ANSWERED && c.outcome() != null)
        .forEach(c -> outcomes.merge(c.outcome(), 1L, Long::sum));
    List<List<String>> istanzaRows = new ArrayList<>();
    istanzaRows.add(List.of("Pervenute", Long.toString(received)));
    istanzaRows.add(List.of("Con risposta", Long.toString(answered)));
    outcomes.forEach(
        (k, v) ->
            istanzaRows.add(
                List.of("Esito: " + k.label().toLowerCase(Locale.ROOT), Italian.number(v))));
    blocks.add(
        new ReportBlock.DataTable(
            "Istanze pervenute e risposte", List.of("Voce", "Numero"), istanzaRows, SOURCE));
    Objects.requireNonNull(locale);
    return Optional.of(new ReportChapter("process", "Il percorso partecipativo", blocks));
  }
}
