package it.zonale.participant;

import it.zonale.shared.error.DomainException;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A person's data for the GDPR: what the participant feature holds about them (their row, their
 * registrations and attendance) and its pseudonymisation on erasure (docs/privacy.md).
 */
@ApplicationScoped
class PersonalDataService {
  private final ParticipantRepository participants;
  private final RegistrationRepository registrations;
  private final ParticipantService people;
  private final CurrentUser user;
  private final Event<PersonErased> erased;
  private final Event<PersonMailQuery> mailQuery;

  PersonalDataService(
      ParticipantRepository participants,
      RegistrationRepository registrations,
      ParticipantService people,
      CurrentUser user,
      Event<PersonErased> erased,
      Event<PersonMailQuery> mailQuery) {
    this.participants = participants;
    this.registrations = registrations;
    this.people = people;
    this.user = user;
    this.erased = erased;
    this.mailQuery = mailQuery;
  }

  /**
   * A person as the plan office of their organisation's ambito sees them.
   *
   * @throws DomainException.NotFound participant-not-found (also for people outside the caller's
   *     ambiti)
   */
  PersonRecord personForPlanOffice(UUID id) {
    return toRecord(planOfficePerson(id));
  }

  /** The people, in any organisation, whose e-mail is the caller's verified one. */
  List<PersonRecord> peopleWithEmail(String verifiedEmail) {
    return participants.withEmail(verifiedEmail).stream().map(this::toRecord).toList();
  }

  /** The mails written to an address, from the feature that keeps them. */
  List<PersonMail> mailsTo(String email) {
    List<PersonMail> found = new ArrayList<>();
    mailQuery.fire(new PersonMailQuery(email, found));
    return List.copyOf(found);
  }

  /**
   * Pseudonymises a person for the plan office of their ambito: returns the record as it was, or
   * empty when the person was erased already (erasure is idempotent).
   *
   * @throws DomainException.NotFound participant-not-found
   * @throws DomainException.InvalidState person-has-upcoming-registrations
   */
  @Transactional(Transactional.TxType.MANDATORY)
  java.util.Optional<PersonRecord> erase(UUID id, String pseudonym) {
    ParticipantEntity e = planOfficePerson(id);
    if (e.erasedAt != null) {
      return java.util.Optional.empty();
    }
    if (registrations.upcomingHeldBy(id) > 0) {
      throw DomainException.InvalidState.of(
          "person-has-upcoming-registrations",
          "The person holds a seat or a waitlist place at a session still to come: cancel those"
              + " registrations first, so that no one is left without notice.");
    }
    return java.util.Optional.of(pseudonymise(e, pseudonym));
  }

  /**
   * Pseudonymises a person WITHOUT access checks: only for the retention job, which runs without a
   * caller.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  java.util.Optional<PersonRecord> anyErase(UUID id, String pseudonym) {
    return participants
        .findByIdOptional(id)
        .filter(e -> e.erasedAt == null)
        .map(e -> pseudonymise(e, pseudonym));
  }

  /** People the retention policy pseudonymises: inactive since {@code cutoff}. */
  List<UUID> inactivePeopleSince(Instant cutoff, int max) {
    return registrations.inactivePeopleSince(cutoff, max);
  }

  private PersonRecord pseudonymise(ParticipantEntity e, String pseudonym) {
    PersonRecord before = toRecord(e);
    e.fullName = pseudonym;
    e.email = null;
    e.organizationRole = null;
    e.erasedAt = Timestamps.now();
    participants.flush();
    // why: no audit of before/after here, which would copy the name into the log; the erasure
    // itself is audited by the privacy feature, with the pseudonym only
    erased.fire(new PersonErased(e.id, before.fullName(), before.email(), pseudonym));
    return before;
  }

  private ParticipantEntity planOfficePerson(UUID id) {
    ParticipantEntity e = people.findManageable(id);
    if (!user.hasRole(Roles.CONSORTIUM)) {
      throw DomainException.NotFound.of("participant", id);
    }
    return e;
  }

  private PersonRecord toRecord(ParticipantEntity e) {
    return new PersonRecord(
        e.id,
        e.organizationId,
        e.fullName,
        e.organizationRole,
        e.email,
        e.preferredLanguage,
        utc(e.createdAt),
        utc(e.erasedAt),
        registrations.ofPerson(e.id).stream()
            .map(
                r ->
                    new PersonRegistration(
                        r.id,
                        r.sessionId,
                        r.status,
                        utc(r.registeredAt),
                        utc(r.cancelledAt),
                        utc(r.promotedAt),
                        r.attended,
                        utc(r.attendanceRecordedAt)))
            .toList());
  }

  private static OffsetDateTime utc(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }
}
