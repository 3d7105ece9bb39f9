package it.zonale.session;

import io.quarkus.arc.All;
import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.plan.PlanApi;
import it.zonale.plan.PlanRef;
import it.zonale.plan.PlanWrite;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.event.ResourceChanged;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.persistence.Versions;
import it.zonale.shared.web.PageQuery;
import it.zonale.table.TableApi;
import it.zonale.table.TableRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The plan office schedules plenaries and table meetings, and marks them held or cancelled. */
@ApplicationScoped
class SessionService {
  private final Event<SeatsAdded> seatsAdded;
  private final Event<SessionNotice> notices;

  /** Meetings are shown in the time zone of the ambiti: Italy. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

  static final Duration MAX_DURATION = Duration.ofHours(24);

  /** A plan has 30-100 meetings; a calendar feed is one answer, so it is bounded all the same. */
  public static final int CALENDAR_MAX_SESSIONS = 1000;

  private final SessionRepository sessions;
  private final PlanApi plans;
  private final TableApi tables;
  private final AuditApi audit;
  private final Event<ResourceChanged> changes;
  private final List<SessionRecord> records;

  public SessionService(
      SessionRepository sessions,
      PlanApi plans,
      TableApi tables,
      AuditApi audit,
      Event<SeatsAdded> seatsAdded,
      Event<SessionNotice> notices,
      Event<ResourceChanged> changes,
      @All List<SessionRecord> records) {
    this.changes = changes;
    this.records = records;
    this.seatsAdded = seatsAdded;
    this.notices = notices;
    this.audit = audit;
    this.sessions = sessions;
    this.plans = plans;
    this.tables = tables;
  }

  /**
   * The calendar of a plan, optionally for one table, a date range, a status or a kind.
   *
   * @throws DomainException.InvalidInput from after to
   */
  public SessionPage listSessions(
      UUID planId,
      OffsetDateTime from,
      OffsetDateTime to,
      UUID tableId,
      SessionStatus status,
      SessionKind kind,
      boolean newestFirst,
      OffsetDateTime updatedSince,
      PageQuery page) {
    plans.readablePlan(planId);
    if (from != null && to != null && !from.isBefore(to)) {
      throw DomainException.InvalidInput.of("to", FieldCode.BEFORE_START, "must be after from");
    }
    var filter =
        new SessionRepository.Filter(
            planId,
            from == null ? null : from.toInstant(),
            to == null ? null : to.toInstant(),
            tableId,
            status,
            kind,
            newestFirst,
            updatedSince == null ? null : updatedSince.toInstant());
    return new SessionPage(
        sessions.page(filter, page.limit, page.offset).stream().map(SessionService::toDto).toList(),
        page.limit,
        page.offset,
        sessions.count(filter));
  }

  /**
   * @throws DomainException.NotFound session-not-found
   */
  public Session getSession(UUID id) {
    return toDto(readable(id));
  }

  /**
   * @throws DomainException.InvalidInput times out of order, missing place or link, table of
   *     another plan
   */
  @Transactional
  public Session scheduleSession(UUID planId, SessionCreate create) {
    PlanRef plan = plans.manageablePlan(planId, PlanWrite.SESSION);
    if (create.kind() == SessionKind.TABLE) {
      if (create.tableId() == null) {
        throw DomainException.InvalidInput.of(
            "/tableId", FieldCode.REQUIRED, "is required for a TABLE session");
      }
      TableRef table;
      try {
        table = tables.readableTable(create.tableId());
      } catch (DomainException.NotFound e) {
        throw DomainException.InvalidInput.of(
            "/tableId", FieldCode.UNKNOWN_REFERENCE, "no table with this id");
      }
      if (!table.planId().equals(plan.id())) {
        throw DomainException.InvalidInput.of(
            "/tableId", FieldCode.NOT_ALLOWED, "is a table of another plan");
      }
    } else if (create.tableId() != null) {
      throw DomainException.InvalidInput.of(
          "/tableId", FieldCode.NOT_ALLOWED, "must be absent for a PLENARY session");
    }
    checkTimesAndPlace(
        create.startsAt(), create.endsAt(), create.mode(), create.place(), create.onlineUrl());
    SessionEntity e = new SessionEntity();
    e.id = UUID.randomUUID();
    e.planId = plan.id();
    e.districtId = plan.districtId();
    e.kind = create.kind();
    e.tableId = create.tableId();
    e.status = SessionStatus.SCHEDULED;
    e.createdAt = Timestamps.now();
    apply(
        e,
        create.title(),
        create.startsAt(),
        create.endsAt(),
        create.mode(),
        create.place(),
        create.onlineUrl(),
        create.agenda() == null ? List.of() : create.agenda(),
        create.capacity());
    sessions.persistAndFlush(e);
    Session created = toDto(e);
    audit.recordChange(AuditAction.CREATE, "session", e.id, e.districtId, null, created);
    announce("session.scheduled", e, plan);
    return created;
  }

  /**
   * @throws DomainException.StaleVersion stale-version
   * @throws DomainException.InvalidState session-cancelled, session-held
   */
  @Transactional
  public Session updateSession(UUID id, SessionUpdate update) {
    SessionEntity e = readable(id);
    PlanRef plan = plans.manageablePlan(e.planId, PlanWrite.SESSION);
    Versions.require("session", update.version(), e.version);
    if (e.status == SessionStatus.CANCELLED) {
      throw DomainException.InvalidState.of(
          "session-cancelled", "A cancelled session can no longer be changed.");
    }
    // why: a held incontro is part of the record (attendance, certificates and minutes cite its
    // date, place and agenda); corrections go into the minutes as an erratum
    if (e.status == SessionStatus.HELD) {
      throw DomainException.InvalidState.of(
          "session-held",
          "A held incontro is part of the record: its title, time, place and agenda no longer"
              + " change. Correct its minutes with an erratum instead.");
    }
    checkTimesAndPlace(
        update.startsAt(), update.endsAt(), update.mode(), update.place(), update.onlineUrl());
    Session before = toDto(e);
    Integer seatsBefore = e.capacity;
    apply(
        e,
        update.title(),
        update.startsAt(),
        update.endsAt(),
        update.mode(),
        update.place(),
        update.onlineUrl(),
        update.agenda(),
        update.capacity());
    sessions.flush();
    Session after = toDto(e);
    audit.recordChange(AuditAction.UPDATE, "session", e.id, e.districtId, before, after);
    if (!before.startsAt().isEqual(after.startsAt())
        || !before.endsAt().isEqual(after.endsAt())
        || before.mode() != after.mode()
        || !java.util.Objects.equals(before.place(), after.place())
        || !java.util.Objects.equals(before.onlineUrl(), after.onlineUrl())) {
      notices.fire(new SessionNotice(SessionNotice.Kind.CHANGED, e.id));
      announce("session.moved", e, plan);
    } else {
      announce("session.updated", e, plan);
    }
    if (seatsBefore != null && (e.capacity == null || e.capacity > seatsBefore)) {
      // why: synchronous, in this transaction: the waitlist moves up together with the new capacity
      seatsAdded.fire(new SeatsAdded(e.id));
    }
    return after;
  }

  /**
   * A scheduled session becomes held (once it has started) or cancelled (with a reason); nothing
   * else moves.
   *
   * @throws DomainException.InvalidState session-status-transition-not-allowed, session-not-started
   * @throws DomainException.InvalidInput a cancellation without a reason
   */
  @Transactional
  public Session changeSessionStatus(UUID id, SessionStatusChange change) {
    SessionEntity e = readable(id);
    PlanRef plan = plans.manageablePlan(e.planId, PlanWrite.SESSION);
    Versions.require("session", change.version(), e.version);
    if (e.status != SessionStatus.SCHEDULED || change.status() == SessionStatus.SCHEDULED) {
      throw DomainException.InvalidState.of(
          "session-status-transition-not-allowed",
          "A session in status "
              + e.status
              + " cannot move to "
              + change.status()
              + "; only a SCHEDULED session can become HELD or CANCELLED.");
    }
    Instant now = Timestamps.now();
    if (change.status() == SessionStatus.HELD && now.isBefore(e.startsAt)) {
      throw DomainException.InvalidState.of(
          "session-not-started",
          "A session is marked as held only once it has started; this one starts at "
              + e.startsAt
              + ".");
    }
    String reason = change.reason() == null ? "" : change.reason().strip();
    if (change.status() == SessionStatus.CANCELLED && reason.isEmpty()) {
      throw DomainException.InvalidInput.of(
          "/reason", FieldCode.REQUIRED, "a cancellation says why, publicly");
    }
    Session before = toDto(e);
    e.status = change.status();
    e.cancellationReason = change.status() == SessionStatus.CANCELLED ? reason : null;
    e.updatedAt = now;
    sessions.flush();
    Session after = toDto(e);
    audit.recordChange(AuditAction.STATUS_CHANGE, "session", e.id, e.districtId, before, after);
    if (e.status == SessionStatus.CANCELLED) {
      notices.fire(new SessionNotice(SessionNotice.Kind.CANCELLED, e.id));
    }
    announce(e.status == SessionStatus.CANCELLED ? "session.cancelled" : "session.held", e, plan);
    return after;
  }

  /**
   * Only a session that left no record can be deleted: one with registrations, attendance or
   * minutes is part of the public record (art. 55 CTS) and is cancelled with a reason instead.
   *
   * @throws DomainException.InvalidState session-has-record
   */
  @Transactional
  public void deleteSession(UUID id) {
    SessionEntity e = readable(id);
    PlanRef plan = plans.manageablePlan(e.planId, PlanWrite.SESSION);
    if (e.status == SessionStatus.HELD || records.stream().anyMatch(r -> r.holdsRecordOf(e.id))) {
      throw DomainException.InvalidState.of(
          "session-has-record",
          "This session has registrations, attendance or minutes: cancel it with a reason"
              + " instead of deleting it.");
    }
    audit.recordChange(AuditAction.DELETE, "session", e.id, e.districtId, toDto(e), null);
    announce("session.deleted", e, plan);
    sessions.delete(e);
    sessions.flush();
  }

  /**
   * The latest change of the plan's sessions (scheduled, edited, status changed) or deletion of a
   * session in its ambito (a deletion leaves only its audit record; the ambito's is a safe upper
   * bound), empty when there has been none; the caller must be able to read the plan.
   *
   * @throws DomainException.NotFound plan-not-found
   */
  @Transactional
  public java.util.Optional<Instant> sessionsOfPlanChangedAt(UUID planId) {
    PlanRef plan = plans.readablePlan(planId);
    Instant changed = sessions.latestUpdateOf(planId);
    Instant deleted =
        audit.anyLatestChangeOf("session", AuditAction.DELETE, plan.districtId()).orElse(null);
    if (changed == null || (deleted != null && deleted.isAfter(changed))) {
      return java.util.Optional.ofNullable(deleted);
    }
    return java.util.Optional.of(changed);
  }

  /** The session if the caller may read its plan, else session-not-found. */
  SessionRef readableSession(UUID id) {
    SessionEntity e = readable(id);
    return ref(e);
  }

  /** The session if the caller manages its plan. */
  SessionRef manageableSession(UUID id) {
    SessionEntity e = readable(id);
    plans.manageablePlan(e.planId, PlanWrite.SESSION);
    return ref(e);
  }

  /** The session if the caller manages its plan, in any status. */
  SessionRef officeSession(UUID id) {
    SessionEntity e = readable(id);
    plans.officePlan(e.planId);
    return ref(e);
  }

  /** Every session of a plan the caller manages, in any status. */
  List<SessionRef> sessionsOfManageablePlan(UUID planId) {
    plans.officePlan(planId);
    return sessions.list("planId", planId).stream().map(SessionService::ref).toList();
  }

  private static SessionRef ref(SessionEntity e) {
    return new SessionRef(
        e.id, e.planId, e.tableId, e.districtId, e.status, e.startsAt, e.capacity);
  }

  /**
   * Every session of a plan, earliest first, cancelled ones included.
   *
   * @throws DomainException.NotFound plan-not-found
   */
  List<SessionDetail> calendarOfPlan(UUID planId) {
    plans.readablePlan(planId);
    return sessions.allOf(planId, null, CALENDAR_MAX_SESSIONS).stream()
        .map(SessionService::toDetail)
        .toList();
  }

  /**
   * Every session of a table, earliest first, cancelled ones included.
   *
   * @throws DomainException.NotFound table-not-found
   */
  List<SessionDetail> calendarOfTable(UUID tableId) {
    TableRef table = tables.readableTable(tableId);
    return sessions.allOf(table.planId(), table.id(), CALENDAR_MAX_SESSIONS).stream()
        .map(SessionService::toDetail)
        .toList();
  }

  /**
   * One session.
   *
   * @throws DomainException.NotFound session-not-found
   */
  SessionDetail calendarOfSession(UUID id) {
    return toDetail(readable(id));
  }

  /**
   * Of these sessions, those the caller may read (a draft plan's only inside its ambito), earliest
   * first; unknown ids are left out.
   */
  List<SessionDetail> readableSessions(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<UUID, Boolean> readablePlans = new HashMap<>();
    return sessions.byIds(ids).stream()
        .filter(e -> readablePlans.computeIfAbsent(e.planId, this::isReadablePlan))
        .map(SessionService::toDetail)
        .toList();
  }

  /** The session, if it still exists. */
  java.util.Optional<Session> sessionForNotice(UUID id) {
    return sessions.findByIdOptional(id).map(SessionService::toDto);
  }

  /** The scheduled sessions that start in [from, to), earliest first. */
  List<Session> scheduledStartingBetween(java.time.Instant from, java.time.Instant to) {
    return sessions.scheduledStartingBetween(from, to).stream().map(SessionService::toDto).toList();
  }

  private boolean isReadablePlan(UUID planId) {
    try {
      plans.readablePlan(planId);
      return true;
    } catch (DomainException.NotFound hidden) {
      return false;
    }
  }

  private SessionEntity readable(UUID id) {
    SessionEntity e =
        sessions.findByIdOptional(id).orElseThrow(() -> DomainException.NotFound.of("session", id));
    plans.readablePlanOf(e.planId, "session", id);
    return e;
  }

  private static void checkTimesAndPlace(
      OffsetDateTime start, OffsetDateTime end, SessionMode mode, String place, String onlineUrl) {
    if (!end.isAfter(start)) {
      throw DomainException.InvalidInput.of(
          "/endsAt", FieldCode.BEFORE_START, "must be after startsAt");
    }
    if (Duration.between(start, end).compareTo(MAX_DURATION) > 0) {
      throw DomainException.InvalidInput.of(
          "/endsAt", FieldCode.TOO_LONG_DURATION, "a session lasts at most 24 hours");
    }
    if (mode != SessionMode.ONLINE && (place == null || place.isBlank())) {
      throw DomainException.InvalidInput.of(
          "/place", FieldCode.REQUIRED, "is required for a session held in person");
    }
    if (mode != SessionMode.IN_PERSON && (onlineUrl == null || onlineUrl.isBlank())) {
      throw DomainException.InvalidInput.of(
          "/onlineUrl", FieldCode.REQUIRED, "is required for a session held online");
    }
  }

  private static void apply(
      SessionEntity e,
      String title,
      OffsetDateTime start,
      OffsetDateTime end,
      SessionMode mode,
      String place,
      String onlineUrl,
      List<AgendaItem> agenda,
      Integer capacity) {
    e.title = title.strip();
    e.startsAt = start.toInstant();
    e.endsAt = end.toInstant();
    e.mode = mode;
    e.place = mode == SessionMode.ONLINE ? null : place;
    e.onlineUrl = mode == SessionMode.IN_PERSON ? null : onlineUrl;
    e.agenda = new ArrayList<>(agenda);
    e.capacity = capacity;
    e.updatedAt = Timestamps.now();
  }

  private static SessionDetail toDetail(SessionEntity e) {
    return new SessionDetail(toDto(e), e.updatedAt);
  }

  static Session toDto(SessionEntity e) {
    return new Session(
        e.id,
        e.planId,
        e.tableId,
        e.kind,
        e.title,
        e.startsAt.atZone(ZONE).toOffsetDateTime(),
        e.endsAt.atZone(ZONE).toOffsetDateTime(),
        ZONE.getId(),
        e.mode,
        e.place,
        e.onlineUrl,
        List.copyOf(e.agenda),
        e.capacity,
        e.status,
        e.cancellationReason,
        e.version,
        e.updatedAt.atOffset(java.time.ZoneOffset.UTC));
  }

  /** Tells the change feed, in this transaction (the feed is read by the plan's read rule). */
  private void announce(String type, SessionEntity e, PlanRef plan) {
    changes.fire(
        new ResourceChanged(
            type,
            "session",
            e.id,
            e.version,
            "/api/v1/sessions/" + e.id,
            e.districtId,
            e.planId,
            ResourceChanged.Audience.ofPlan(plan.status().isPublic())));
  }
}
