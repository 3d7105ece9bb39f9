package it.zonale.participant;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.organization.OrganizationApi;
import it.zonale.session.SeatsAdded;
import it.zonale.session.SessionApi;
import it.zonale.session.SessionRef;
import it.zonale.session.SessionStatus;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.persistence.Versions;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.security.Roles;
import it.zonale.shared.web.CursorPageQuery;
import it.zonale.shared.web.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Organisations name the people who take part for them and register them to sessions; the plan
 * office of the ambito can do it on their behalf and sees every registration of its sessions.
 */
@ApplicationScoped
class ParticipantService {
  private final ParticipantRepository participants;
  private final RegistrationRepository registrations;
  private final OrganizationApi organizations;
  private final SessionApi sessions;
  private final CurrentUser user;
  private final AuditApi audit;
  private final Event<RegistrationNotice> notices;

  public ParticipantService(
      ParticipantRepository participants,
      RegistrationRepository registrations,
      OrganizationApi organizations,
      SessionApi sessions,
      CurrentUser user,
      AuditApi audit,
      Event<RegistrationNotice> notices) {
    this.audit = audit;
    this.notices = notices;
    this.participants = participants;
    this.registrations = registrations;
    this.organizations = organizations;
    this.sessions = sessions;
    this.user = user;
  }

  /**
   * The participants of one organisation: the caller's own by default.
   *
   * @throws DomainException.InvalidInput no organisation named and the caller acts for none
   */
  public ParticipantPage listParticipants(UUID organizationId, PageQuery page) {
    UUID org =
        organizationId != null
            ? organizationId
            : user.organizationId()
                .orElseThrow(
                    () ->
                        DomainException.Forbidden.of(
                            "no-organization",
                            "Your account acts for no organisation: ask your plan office to link it to one."));
    requireMayManagePeopleOf(org);
    return new ParticipantPage(
        participants.pageOf(org, page.limit, page.offset).stream()
            .map(ParticipantService::toDto)
            .toList(),
        page.limit,
        page.offset,
        participants.countOf(org));
  }

  /**
   * @throws DomainException.NotFound participant-not-found (also for another organisation's people)
   */
  public Participant getParticipant(UUID id) {
    return toDto(findManageable(id));
  }

  /**
   * @throws DomainException.Conflict participant-email-taken
   */
  @Transactional
  public Participant addParticipant(ParticipantCreate create) {
    try {
      requireMayManagePeopleOf(create.organizationId());
    } catch (DomainException.NotFound e) {
      throw DomainException.InvalidInput.of(
          "/organizationId", FieldCode.UNKNOWN_REFERENCE, "no organisation with this id");
    }
    requireEmailFree(create.organizationId(), create.email(), null);
    ParticipantEntity e = new ParticipantEntity();
    e.id = UUID.randomUUID();
    e.organizationId = create.organizationId();
    e.fullName = create.fullName().strip();
    e.organizationRole = create.organizationRole();
    e.email = create.email().strip();
    e.preferredLanguage =
        create.preferredLanguage() == null ? PreferredLanguage.IT : create.preferredLanguage();
    e.createdAt = Timestamps.now();
    participants.persistAndFlush(e);
    Participant created = toDto(e);
    auditPerson(AuditAction.CREATE, e, null, created);
    return created;
  }

  /**
   * @throws DomainException.StaleVersion stale-version
   */
  @Transactional
  public Participant updateParticipant(UUID id, ParticipantUpdate update) {
    ParticipantEntity e = findManageable(id);
    Versions.require("participant", update.version(), e.version);
    requireEmailFree(e.organizationId, update.email(), e.id);
    Participant before = toDto(e);
    e.fullName = update.fullName().strip();
    e.organizationRole = update.organizationRole();
    e.email = update.email().strip();
    if (update.preferredLanguage() != null) {
      e.preferredLanguage = update.preferredLanguage();
    }
    participants.flush();
    Participant after = toDto(e);
    auditPerson(AuditAction.UPDATE, e, before, after);
    return after;
  }

  /** A participant with registrations cannot be removed (409 still-referenced). */
  @Transactional
  public void deleteParticipant(UUID id) {
    ParticipantEntity e = findManageable(id);
    auditPerson(AuditAction.DELETE, e, toDto(e), null);
    participants.delete(e);
    participants.flush();
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
      person = findManageable(create.participantId());
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
      person = findManageable(participantId);
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
        r ->
            notices.fire(
                new RegistrationNotice(
                    RegistrationNotice.Kind.PROMOTED, r.id, r.sessionId, r.participantId)));
  }

  /** Where and in which language to write to a participant, if they exist. */
  java.util.Optional<ParticipantContact> contactOf(UUID participantId) {
    return participants.findByIdOptional(participantId).map(ParticipantService::toContact);
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
    rows.forEach(r -> contacts.put(r.id, toContact(people.get(r.participantId))));
    return contacts;
  }

  private static ParticipantContact toContact(ParticipantEntity e) {
    return new ParticipantContact(e.id, e.fullName, e.email, e.preferredLanguage);
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

  /**
   * The people with these ids who belong to this organisation; other ids (unknown, or another
   * organisation's people) are simply absent.
   */
  Map<UUID, ParticipantRef> peopleOf(UUID organizationId, Collection<UUID> ids) {
    Map<UUID, ParticipantRef> people = new HashMap<>();
    participants.byIds(ids).values().stream()
        .filter(p -> p.organizationId.equals(organizationId))
        .forEach(p -> people.put(p.id, new ParticipantRef(p.id, p.organizationId, p.fullName)));
    return people;
  }

  private static void requireOpen(SessionRef session) {
    if (session.status() != SessionStatus.SCHEDULED
        || !session.startsAt().isAfter(Timestamps.now())) {
      throw DomainException.InvalidState.of(
          "session-not-open",
          "Registrations are open only for scheduled sessions that have not started.");
    }
  }

  /** A person the caller may act for (the attendance register), else participant-not-found. */
  ParticipantEntity manageablePerson(UUID id) {
    return findManageable(id);
  }

  private ParticipantEntity findManageable(UUID id) {
    ParticipantEntity e =
        participants
            .findByIdOptional(id)
            .orElseThrow(() -> DomainException.NotFound.of("participant", id));
    try {
      requireMayManagePeopleOf(e.organizationId);
    } catch (DomainException.Forbidden | DomainException.NotFound hidden) {
      // People of another organisation stay unknown to the caller, but the attempt is audited:
      // one row, in the organisation's first ambito.
      throw DomainException.NotFound.hidden(
          "participant",
          id,
          firstDistrict(e.organizationId),
          "not a person of the caller's organisation");
    }
    return e;
  }

  /** The ambito an organisation's refusals are audited in: the first of its ambiti, as text. */
  private UUID firstDistrict(UUID organizationId) {
    return organizations.districtsOf(organizationId).stream()
        .min(java.util.Comparator.comparing(UUID::toString))
        .orElse(null);
  }

  /** Its own organisation, or, for a plan office, organisations that work in its ambito. */
  private void requireMayManagePeopleOf(UUID organizationId) {
    var districts = organizations.districtsOf(organizationId);
    boolean own = user.organizationId().map(organizationId::equals).orElse(false);
    boolean planOffice =
        user.hasRole(Roles.CONSORTIUM) && districts.stream().anyMatch(user::worksIn);
    if (!own && !planOffice) {
      throw DomainException.Forbidden.on(
          "organization",
          organizationId,
          firstDistrict(organizationId),
          "not-your-organization",
          "You can manage only the people of your own organisation.");
    }
  }

  private void auditPerson(
      AuditAction action, ParticipantEntity e, Participant before, Participant after) {
    organizations
        .districtsOf(e.organizationId)
        .forEach(d -> audit.recordChange(action, "participant", e.id, d, before, after));
  }

  private void requireEmailFree(UUID organizationId, String email, UUID self) {
    if (participants.emailTaken(organizationId, email.strip(), self)) {
      throw DomainException.Conflict.of(
          "participant-email-taken",
          "The organisation already has a participant with this e-mail.");
    }
  }

  private static Participant toDto(ParticipantEntity e) {
    return new Participant(
        e.id,
        e.organizationId,
        e.fullName,
        e.organizationRole,
        e.email,
        e.preferredLanguage,
        e.version);
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
}
