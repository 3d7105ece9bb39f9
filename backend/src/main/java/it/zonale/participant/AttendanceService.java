package it.zonale.participant;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.organization.OrganizationApi;
import it.zonale.organization.OrganizationKind;
import it.zonale.organization.OrganizationRef;
import it.zonale.plan.PlanApi;
import it.zonale.session.SessionApi;
import it.zonale.session.SessionRef;
import it.zonale.session.SessionStatus;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.persistence.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The attendance register the plan office keeps for its sessions (check-in on a phone during the
 * meeting, or afterwards), the attendance rates of a plan, and the rows of the exports.
 */
@ApplicationScoped
class AttendanceService {
  /** The register opens this long before the start, for the check-in at the door. */
  static final Duration CHECK_IN_OPENS = Duration.ofHours(2);

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final RegistrationRepository registrations;
  private final ParticipantRepository participants;
  private final SessionApi sessions;
  private final OrganizationApi organizations;
  private final ParticipantService people;
  private final AuditApi audit;
  private final PlanApi plans;

  public AttendanceService(
      RegistrationRepository registrations,
      ParticipantRepository participants,
      SessionApi sessions,
      OrganizationApi organizations,
      ParticipantService people,
      AuditApi audit,
      PlanApi plans) {
    this.registrations = registrations;
    this.participants = participants;
    this.sessions = sessions;
    this.organizations = organizations;
    this.people = people;
    this.audit = audit;
    this.plans = plans;
  }

  /**
   * Records whether a person attended; someone who came without registering (a walk-in of an
   * organisation of the ambito) gets a registration on the spot.
   *
   * @throws DomainException.InvalidState session-cancelled, attendance-not-open
   * @throws DomainException.NotFound participant-not-found
   */
  @Transactional
  public Registration recordAttendance(UUID sessionId, UUID participantId, AttendanceRecord body) {
    SessionRef session = sessions.manageableSession(sessionId);
    if (session.status() == SessionStatus.CANCELLED) {
      throw DomainException.InvalidState.of(
          "session-cancelled", "A cancelled session has no attendance register.");
    }
    if (Timestamps.now().isBefore(session.startsAt().minus(CHECK_IN_OPENS))) {
      throw DomainException.InvalidState.of(
          "attendance-not-open",
          "The attendance register opens two hours before the session starts.");
    }
    ParticipantEntity person = people.manageablePerson(participantId);
    registrations.lockSeatsOf(sessionId);
    RegistrationEntity r =
        registrations
            .find(sessionId, person.id)
            .filter(found -> found.status != RegistrationStatus.CANCELLED)
            .orElse(null);
    Registration before = r == null ? null : RegistrationService.toDto(r, person, null);
    if (r == null) {
      // why: the room decides who is there; a walk-in takes a seat even beyond the capacity
      r =
          registrations
              .find(sessionId, person.id)
              .orElseGet(
                  () -> {
                    RegistrationEntity fresh = new RegistrationEntity();
                    fresh.id = UUID.randomUUID();
                    fresh.sessionId = sessionId;
                    fresh.participantId = person.id;
                    fresh.organizationId = person.organizationId;
                    fresh.districtId = session.districtId();
                    return fresh;
                  });
      boolean isNew = r.registeredAt == null;
      r.status = RegistrationStatus.REGISTERED;
      r.registeredAt = Timestamps.now();
      r.cancelledAt = null;
      if (isNew) {
        registrations.persist(r);
      }
    }
    r.attended = body.attended();
    r.attendanceRecordedAt = Timestamps.now();
    registrations.flush();
    Registration after = RegistrationService.toDto(r, person, null);
    audit.recordChange(
        before == null ? AuditAction.CREATE : AuditAction.UPDATE,
        "attendance",
        r.id,
        r.districtId,
        before,
        after);
    return after;
  }

  /** Attendance of the plan's held sessions, by table and by organisation (plan office only). */
  public AttendanceSummary summaryOf(UUID planId) {
    List<SessionRef> held =
        sessions.sessionsOfManageablePlan(planId).stream()
            .filter(s -> s.status() == SessionStatus.HELD)
            .toList();
    Map<UUID, SessionRef> byId = new HashMap<>();
    held.forEach(s -> byId.put(s.id(), s));
    Map<UUID, long[]> tables = new LinkedHashMap<>();
    Map<UUID, java.util.Set<UUID>> tableSessions = new HashMap<>();
    Map<UUID, long[]> orgs = new HashMap<>();
    Map<UUID, java.util.Set<UUID>> orgSessions = new HashMap<>();
    for (SessionRef s : held) {
      tables.computeIfAbsent(s.tableId(), k -> new long[2]);
      tableSessions.computeIfAbsent(s.tableId(), k -> new java.util.HashSet<>()).add(s.id());
    }
    for (Object[] row :
        registrations.attendanceBySessionAndOrganization(List.copyOf(byId.keySet()))) {
      UUID sessionId = (UUID) row[0];
      UUID orgId = (UUID) row[1];
      long registered = ((Number) row[2]).longValue();
      long attended = ((Number) row[3]).longValue();
      long[] t = tables.get(byId.get(sessionId).tableId());
      t[0] += registered;
      t[1] += attended;
      long[] o = orgs.computeIfAbsent(orgId, k -> new long[2]);
      o[0] += registered;
      o[1] += attended;
      orgSessions.computeIfAbsent(orgId, k -> new java.util.HashSet<>()).add(sessionId);
    }
    List<AttendanceSummary.Row> tableRows = new ArrayList<>();
    tables.forEach(
        (id, v) -> tableRows.add(row(id, null, tableSessions.get(id).size(), v[0], v[1])));
    Map<UUID, String> names = organizations.namesOf(orgs.keySet());
    List<AttendanceSummary.Row> orgRows = new ArrayList<>();
    orgs.forEach(
        (id, v) -> orgRows.add(row(id, names.get(id), orgSessions.get(id).size(), v[0], v[1])));
    orgRows.sort(
        Comparator.comparing((AttendanceSummary.Row r) -> r.rate() == null ? -1 : r.rate())
            .reversed()
            .thenComparing(r -> r.id().toString()));
    return new AttendanceSummary(planId, held.size(), tableRows, orgRows);
  }

  /**
   * When attendance was last recorded at a session of a published plan, empty when never.
   *
   * @throws DomainException.NotFound plan-not-found (a draft plan is not public, whoever asks)
   */
  @Transactional
  public java.util.Optional<java.time.Instant> attendanceOfPlanRecordedAt(UUID planId) {
    if (!plans.readablePlan(planId).status().isPublic()) {
      throw DomainException.NotFound.of("plan", planId);
    }
    return java.util.Optional.ofNullable(registrations.latestAttendanceRecordOfPlan(planId));
  }

  /**
   * Per held session of a published plan, the organisations and people present by kind of
   * organisation; sessions and kinds without anyone present are absent.
   *
   * @throws DomainException.NotFound plan-not-found (a draft plan is not public, whoever asks)
   */
  public List<SessionAttendanceByKind> publicAttendanceByKindOf(UUID planId) {
    if (!plans.readablePlan(planId).status().isPublic()) {
      throw DomainException.NotFound.of("plan", planId);
    }
    List<UUID> held =
        sessions.sessionsOfPlan(planId).stream()
            .filter(s -> s.status() == SessionStatus.HELD)
            .map(it.zonale.session.Session::id)
            .toList();
    List<Object[]> rows = registrations.attendanceBySessionAndOrganization(held);
    Map<UUID, OrganizationRef> orgs =
        organizations.refsOf(rows.stream().map(r -> (UUID) r[1]).distinct().toList());
    Map<UUID, Map<OrganizationKind, long[]>> bySession = new LinkedHashMap<>();
    held.forEach(id -> bySession.put(id, new java.util.EnumMap<>(OrganizationKind.class)));
    for (Object[] row : rows) {
      long present = ((Number) row[3]).longValue();
      OrganizationRef org = orgs.get((UUID) row[1]);
      if (present == 0 || org == null) {
        continue;
      }
      long[] n = bySession.get((UUID) row[0]).computeIfAbsent(org.kind(), k -> new long[2]);
      n[0]++;
      n[1] += present;
    }
    List<SessionAttendanceByKind> out = new ArrayList<>();
    bySession.forEach(
        (session, kinds) ->
            kinds.forEach(
                (kind, n) -> out.add(new SessionAttendanceByKind(session, kind, n[0], n[1]))));
    return out;
  }

  /** The rows of a session's export, for the plan office: one per registration, in order. */
  public List<ExportRow> exportOf(UUID sessionId) {
    sessions.officeSession(sessionId);
    List<RegistrationEntity> rows = registrations.allOf(sessionId);
    Map<UUID, ParticipantEntity> persons =
        participants.byIds(rows.stream().map(r -> r.participantId).toList());
    Map<UUID, String> names =
        organizations.namesOf(rows.stream().map(r -> r.organizationId).distinct().toList());
    Map<UUID, Integer> positions = registrations.waitlistPositionsOf(sessionId);
    return rows.stream()
        .map(
            r -> {
              ParticipantEntity p = persons.get(r.participantId);
              return new ExportRow(
                  Objects.requireNonNullElse(names.get(r.organizationId), ""),
                  p.fullName,
                  Objects.requireNonNullElse(p.organizationRole, ""),
                  Objects.requireNonNullElse(p.email, ""),
                  r.status.name(),
                  positions.get(r.id),
                  LOCAL.format(r.registeredAt.atZone(ROME)),
                  r.attended);
            })
        .sorted(Comparator.comparing(ExportRow::organization).thenComparing(ExportRow::fullName))
        .toList();
  }

  private static AttendanceSummary.Row row(
      UUID id, String name, int sessions, long registered, long attended) {
    return new AttendanceSummary.Row(
        id,
        name,
        sessions,
        registered,
        attended,
        registered == 0 ? null : (double) attended / registered);
  }

  /** One line of a registrations and attendance export; times in Europe/Rome. */
  public record ExportRow(
      String organization,
      String fullName,
      String role,
      String email,
      String status,
      Integer waitlistPosition,
      String registeredAt,
      Boolean attended) {}
}
