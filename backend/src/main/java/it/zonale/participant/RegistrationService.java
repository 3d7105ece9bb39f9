package it.zonale.participant;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.session.SeatsAdded;
import it.zonale.session.SessionApi;
import it.zonale.session.SessionRef;
import it.zonale.session.SessionStatus;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.event.ResourceChanged;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.web.CursorPageQuery;
import it.zonale.shared.web.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Registrations of people to sessions and the waitlist: a seat while there is one, then a place in
 * line that moves up when a seat is freed or added. The people are {@link ParticipantService}'s;
 * attendance is {@link AttendanceService}'s.
 */
@ApplicationScoped
class RegistrationService {
  private final RegistrationRepository registrations;
  private final ParticipantRepository participants;
  private final ParticipantService people;
  private final SessionApi sessions;
  private final CurrentUser user;
  private final AuditApi audit;
  private final Event<RegistrationNotice> notices;
  private final Event<ResourceChanged> changes;

  RegistrationService(
      RegistrationRepository registrations,
      ParticipantRepository participants,
      ParticipantService people,
      SessionApi sessions,
      CurrentUser user,
      AuditApi audit,
      Event<RegistrationNotice> notices,
      Event<ResourceChanged> changes) {
    this.changes = changes;
    this.registrations = registrations;
    this.participants = participants;
    this.people = people;
    this.sessions = sessions;
    this.user = user;
    this.audit = audit;
    this.notices = notices;
  }

  /** The plan office sees every registration of its sessions; an organisation only its own. */
  public RegistrationPage listRegistrations(
      UUID sessionId, PageQuery page, CursorPageQuery.After after) {
    SessionRef session = sessions.readableSession(sessionId);
    UUID scope = null;
    if (!user.managesDistrict(session.districtId())) {
      scope =
          user.organizationId()
              .orElseThrow(
                  () ->
                      DomainException.Forbidden.of(
                          "no-organization",
                          "Your account acts for no organisation: ask your administrator to link it to one."));
    }
    List<RegistrationEntity> rows =
        after == null
            ? registrations.pageOf(sessionId, scope, page.limit + 1, page.offset)
            : registrations.pageAfter(
                sessionId, scope, afterTime(after), after.id(), page.limit + 1);
    String next = null;
    if (rows.size() > page.limit) {
      rows = rows.subList(0, page.limit);
      RegistrationEntity last = rows.get(rows.size() - 1);
      next = CursorPageQuery.encode(last.registeredAt.toString(), last.id);
    }
    Map<UUID, ParticipantEntity> people =
        participants.byIds(rows.stream().map(r -> r.participantId).toList());
    Map<UUID, Integer> positions = registrations.waitlistPositionsOf(sessionId);
    return new RegistrationPage(
        rows.stream().map(r -> toDto(r, people.get(r.participantId), positions.get(r.id))).toList(),
        page.limit,
        after == null ? page.offset : 0,
        registrations.countOf(sessionId, scope),
        session.capacity(),
        registrations.countWithStatus(sessionId, RegistrationStatus.REGISTERED),
        positions.size(),
        next);
  }

  private static java.time.Instant afterTime(CursorPageQuery.After after) {
    try {
      return java.time.Instant.parse(after.key());
    } catch (java.time.format.DateTimeParseException e) {
      throw DomainException.InvalidInput.of(
          "cursor", FieldCode.INVALID_FORMAT, "not a cursor of this list: start again without it");
    }
  }

  /**
   * Registers a participant to a scheduled session that has not started: a seat while there is one,
   * else a place at the end of the waitlist. Registering again after a cancellation starts over.
   *
   * @throws DomainException.InvalidState session-not-open
   * @throws DomainException.Conflict already-registered
   */
  @Transactional
  public Registration registerParticipant(UUID sessionId, RegistrationCreate create) {
    SessionRef session = sessions.readableSession(sessionId);
    ParticipantEntity person;
    try {
      person = people.findManageable(create.participantId());
    } catch (DomainException.NotFound e) {
      throw DomainException.InvalidInput.of(
          "/participantId", FieldCode.UNKNOWN_REFERENCE, "no participant of yours with this id");
    }
    requireOpen(session);
    registrations.lockSeatsOf(sessionId);
    RegistrationEntity r = registrations.find(sessionId, person.id).orElse(null);
    Registration before = r == null ? null : toDto(r, person, null);
    if (r != null && r.status != RegistrationStatus.CANCELLED) {
      throw DomainException.Conflict.of(
          "already-registered", person.fullName + " is already registered to this session.");
    }
    if (r == null) {
      r = new RegistrationEntity();
      r.id = UUID.randomUUID();
      r.sessionId = sessionId;
      r.participantId = person.id;
      r.organizationId = person.organizationId;
      r.districtId = session.districtId();
    }
    boolean full =
        session.capacity() != null
            && registrations.countWithStatus(sessionId, RegistrationStatus.REGISTERED)
                >= session.capacity();
    r.status = full ? RegistrationStatus.WAITLISTED : RegistrationStatus.REGISTERED;
    r.registeredAt = Timestamps.now();
    r.cancelledAt = null;
    r.promotedAt = null;
    if (before == null) {
      registrations.persist(r);
    }
    registrations.flush();
    Registration after =
        toDto(r, person, full ? registrations.waitlistPositionsOf(sessionId).get(r.id) : null);
    audit.recordChange(
        before == null ? AuditAction.CREATE : AuditAction.STATUS_CHANGE,
        "registration",
        r.id,
        r.districtId,
        before,
        after);
    notices.fire(
        new RegistrationNotice(
            full ? RegistrationNotice.Kind.WAITLISTED : RegistrationNotice.Kind.CONFIRMED,
            r.id,
            sessionId,
            person.id));
    announce(full ? "registration.waitlisted" : "registration.confirmed", r, session);
    return after;
  }

  /**
   * Cancels a registration (a seat or a waitlist place) until the session starts; a freed seat goes
   * to the first of the waitlist.
   *
   * @throws DomainException.NotFound registration-not-found
   * @throws DomainException.InvalidState session-not-open
   */
  @Transactional
  public void cancelRegistration(UUID sessionId, UUID participantId) {
    SessionRef session = sessions.readableSession(sessionId);
    ParticipantEntity person;
    try {
      person = people.findManageable(participantId);
    } catch (DomainException.NotFound e) {
      throw e.as("registration", participantId);
    }
    requireOpen(session);
    registrations.lockSeatsOf(sessionId);
    RegistrationEntity r =
        registrations
            .find(sessionId, person.id)
            .filter(found -> found.status != RegistrationStatus.CANCELLED)
            .orElseThrow(() -> DomainException.NotFound.of("registration", participantId));
    Registration before = toDto(r, person, null);
    boolean heldSeat = r.status == RegistrationStatus.REGISTERED;
    r.status = RegistrationStatus.CANCELLED;
    r.cancelledAt = Timestamps.now();
    registrations.flush();
    audit.recordChange(
        AuditAction.STATUS_CHANGE,
        "registration",
        r.id,
        r.districtId,
        before,
        toDto(r, person, null));
    announce("registration.cancelled", r, session);
    if (heldSeat) {
      promoteFromWaitlist(session);
    }
  }

  /** A session got more seats (or no limit): the waitlist moves up in the same transaction. */
  void onSeatsAdded(@Observes SeatsAdded event) {
    registrations.lockSeatsOf(event.sessionId());
    promoteFromWaitlist(sessions.readableSession(event.sessionId()));
  }

  /** Gives free seats to the waitlist in order; the caller holds the session's seat lock. */
  private void promoteFromWaitlist(SessionRef session) {
    long taken = registrations.countWithStatus(session.id(), RegistrationStatus.REGISTERED);
    List<RegistrationEntity> promoted = new java.util.ArrayList<>();
    for (RegistrationEntity next : registrations.waitlistOf(session.id())) {
      if (session.capacity() != null && taken >= session.capacity()) {
        break;
      }
      ParticipantEntity person = participants.findById(next.participantId);
      Registration before = toDto(next, person, null);
      next.status = RegistrationStatus.REGISTERED;
      next.promotedAt = Timestamps.now();
      promoted.add(next);
      taken++;
      audit.recordChange(
          AuditAction.STATUS_CHANGE,
          "registration",
          next.id,
          next.districtId,
          before,
          toDto(next, person, null));
    }
    registrations.flush();
    promoted.forEach(
        r -> {
          notices.fire(
              new RegistrationNotice(
                  RegistrationNotice.Kind.PROMOTED, r.id, r.sessionId, r.participantId));
          announce("registration.promoted", r, session);
        });
  }

  /**
   * Where a registration stands, its row locked in share mode until the caller's transaction ends,
   * so that a mail announcing it goes out only while it still holds (a cancellation of it waits for
   * that transaction).
   */
  java.util.Optional<RegistrationState> lockedRegistrationState(UUID registrationId) {
    return registrations
        .findLockedForShare(registrationId)
        .map(
            r ->
                new RegistrationState(
                    r.id, r.sessionId, r.participantId, r.status, r.registeredAt, r.promotedAt));
  }

  /**
   * The people registered to a session (seated, and waitlisted too when asked), by registration id,
   * in order of registration.
   */
  Map<UUID, ParticipantContact> contactsRegisteredTo(UUID sessionId, boolean withWaitlist) {
    List<RegistrationEntity> rows =
        registrations.allOf(sessionId).stream()
            .filter(
                r ->
                    r.status == RegistrationStatus.REGISTERED
                        || (withWaitlist && r.status == RegistrationStatus.WAITLISTED))
            .toList();
    Map<UUID, ParticipantEntity> people =
        participants.byIds(rows.stream().map(r -> r.participantId).toList());
    Map<UUID, ParticipantContact> contacts = new java.util.LinkedHashMap<>();
    rows.stream()
        // why: an erased person has no e-mail left, and nobody writes to them any more
        .filter(r -> people.get(r.participantId).email != null)
        .forEach(
            r -> contacts.put(r.id, ParticipantService.toContact(people.get(r.participantId))));
    return contacts;
  }

  /**
   * The sessions where the organisation has people registered (cancelled registrations left out),
   * at most {@code max}.
   */
  List<UUID> registeredSessionsOf(UUID organizationId, int max) {
    return registrations.registeredSessionIdsOf(organizationId, max);
  }

  /**
   * Whether the organisation took part in an incontro of the plan, with a seat (not waitlisted, not
   * cancelled) or recorded as present.
   *
   * @throws DomainException.NotFound plan-not-found
   */
  boolean tookPartInSessionsOf(UUID planId, UUID organizationId) {
    List<UUID> ids = sessions.calendarOfPlan(planId).stream().map(s -> s.session().id()).toList();
    return registrations.tookPartIn(organizationId, ids);
  }

  private static void requireOpen(SessionRef session) {
    if (session.status() != SessionStatus.SCHEDULED
        || !session.startsAt().isAfter(Timestamps.now())) {
      throw DomainException.InvalidState.of(
          "session-not-open",
          "Registrations are open only for scheduled sessions that have not started.");
    }
  }

  static Registration toDto(
      RegistrationEntity r, ParticipantEntity person, Integer waitlistPosition) {
    return new Registration(
        r.id,
        r.sessionId,
        r.participantId,
        r.organizationId,
        person == null ? "" : person.fullName,
        r.status,
        r.registeredAt.atOffset(ZoneOffset.UTC),
        r.cancelledAt == null ? null : r.cancelledAt.atOffset(ZoneOffset.UTC),
        r.promotedAt == null ? null : r.promotedAt.atOffset(ZoneOffset.UTC),
        waitlistPosition,
        r.attended);
  }

  /**
   * Tells the change feed, in this transaction: registrations name people, so only the plan office
   * of the ambito reads their events; the link is the session's list of registrations.
   */
  private void announce(String type, RegistrationEntity r, SessionRef session) {
    changes.fire(
        new ResourceChanged(
            type,
            "registration",
            r.id,
            null,
            "/api/v1/sessions/" + r.sessionId + "/participants",
            r.districtId,
            session.planId(),
            ResourceChanged.Audience.OFFICE));
  }
}
