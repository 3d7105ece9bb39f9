package it.zonale.participant;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.organization.OrganizationApi;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.persistence.Versions;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.security.Roles;
import it.zonale.shared.web.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Organisations name the people who take part for them; the plan office of the ambito can do it on
 * their behalf. Their registrations to sessions are {@link RegistrationService}'s.
 */
@ApplicationScoped
class ParticipantService {
  private final ParticipantRepository participants;
  private final OrganizationApi organizations;
  private final CurrentUser user;
  private final AuditApi audit;

  public ParticipantService(
      ParticipantRepository participants,
      OrganizationApi organizations,
      CurrentUser user,
      AuditApi audit) {
    this.audit = audit;
    this.participants = participants;
    this.organizations = organizations;
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
    if (e.erasedAt != null) {
      throw DomainException.InvalidState.of(
          "participant-erased", "The person was erased: their record can no longer change.");
    }
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

  /** Where and in which language to write to a participant, if they exist. */
  java.util.Optional<ParticipantContact> contactOf(UUID participantId) {
    // why: an erased person has no e-mail left, and nobody writes to them any more
    return participants
        .findByIdOptional(participantId)
        .filter(e -> e.email != null)
        .map(ParticipantService::toContact);
  }

  static ParticipantContact toContact(ParticipantEntity e) {
    return new ParticipantContact(e.id, e.fullName, e.email, e.preferredLanguage);
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

  /** A person the caller may act for (the attendance register), else participant-not-found. */
  ParticipantEntity manageablePerson(UUID id) {
    return findManageable(id);
  }

  ParticipantEntity findManageable(UUID id) {
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
}
