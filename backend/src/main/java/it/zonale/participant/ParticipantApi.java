package it.zonale.participant;

import it.zonale.shared.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the participant feature publishes to other features (docs/conventions.md rule 51). Every
 * method applies the caller's checks unless its name says it does not.
 */
@ApplicationScoped
public class ParticipantApi {
  private final ParticipantService service;
  private final RegistrationService registrations;
  private final AttendanceService attendance;
  private final PersonalDataService personalData;

  ParticipantApi(
      ParticipantService service,
      RegistrationService registrations,
      AttendanceService attendance,
      PersonalDataService personalData) {
    this.service = service;
    this.registrations = registrations;
    this.attendance = attendance;
    this.personalData = personalData;
  }

  /**
   * A person with their registrations and attendance, for the plan office of their organisation's
   * ambito (personal-data export on request).
   *
   * @throws DomainException.NotFound participant-not-found (also for people the caller may not see)
   */
  public PersonRecord personForPlanOffice(UUID participantId) {
    return personalData.personForPlanOffice(participantId);
  }

  /**
   * The people, in any organisation, registered with this e-mail: the caller passes the e-mail of
   * their own verified token, never one a user typed.
   */
  public List<PersonRecord> peopleWithVerifiedEmail(String verifiedEmail) {
    return personalData.peopleWithEmail(verifiedEmail);
  }

  /** The mails written to an address (personal-data export), asked of notification by event. */
  public List<PersonMail> mailsTo(String email) {
    return personalData.mailsTo(email);
  }

  /**
   * Pseudonymises a person, for the plan office of their ambito, inside the caller's transaction;
   * observers of {@link PersonErased} remove their copies. Empty when erased already.
   *
   * @throws DomainException.NotFound participant-not-found
   * @throws DomainException.InvalidState person-has-upcoming-registrations
   */
  public java.util.Optional<PersonRecord> erasePerson(UUID participantId, String pseudonym) {
    return personalData.erase(participantId, pseudonym);
  }

  /**
   * As {@link #erasePerson}, WITHOUT access checks and without the upcoming-registration rule: only
   * for the retention job, which runs without a caller and picks inactive people only.
   */
  public java.util.Optional<PersonRecord> anyErasePersonForRetention(
      UUID participantId, String pseudonym) {
    return personalData.anyErase(participantId, pseudonym);
  }

  /**
   * People not erased, created before {@code cutoff} and with no registration to a session since,
   * WITHOUT access checks: only for the retention job.
   */
  public List<UUID> anyInactivePeopleSince(java.time.Instant cutoff, int max) {
    return personalData.inactivePeopleSince(cutoff, max);
  }

  /** Attendance of the plan's held sessions, by table and by organisation (plan office only). */
  public AttendanceSummary attendanceSummaryOf(UUID planId) {
    return attendance.summaryOf(planId);
  }

  /**
   * For each held session of a published plan, how many organisations of each kind and how many of
   * their people attended (counts only, no one named): public facts, whoever asks. Kinds with
   * nobody present are absent.
   *
   * @throws DomainException.NotFound plan-not-found (also for a draft plan, whoever asks)
   */
  public List<SessionAttendanceByKind> publicAttendanceByKindOf(UUID planId) {
    return attendance.publicAttendanceByKindOf(planId);
  }

  /**
   * When attendance was last recorded at a session of a published plan (empty: never), whoever
   * asks: the change time of {@link #publicAttendanceByKindOf}, for its validators (Last-Modified).
   *
   * @throws DomainException.NotFound plan-not-found (also for a draft plan, whoever asks)
   */
  public java.util.Optional<java.time.Instant> publicAttendanceOfPlanRecordedAt(UUID planId) {
    return attendance.attendanceOfPlanRecordedAt(planId);
  }

  /**
   * Where and in which language to write to a participant, if they exist, WITHOUT access checks:
   * only for mail sent by jobs and events that run without a caller.
   */
  public java.util.Optional<ParticipantContact> anyContactForMail(UUID participantId) {
    return service.contactOf(participantId);
  }

  /**
   * Where a registration stands, its row locked in share mode until the caller's transaction ends,
   * so that a mail announcing it goes out only while it still holds (a cancellation of it waits for
   * that transaction).
   */
  public java.util.Optional<RegistrationState> lockedRegistrationStateForMail(UUID registrationId) {
    return registrations.lockedRegistrationState(registrationId);
  }

  /**
   * The people registered to a session (seated, and waitlisted too when asked), by registration id,
   * in order of registration, WITHOUT access checks: only for reminders sent by jobs.
   */
  public Map<UUID, ParticipantContact> anyContactsRegisteredToForMail(
      UUID sessionId, boolean withWaitlist) {
    return registrations.contactsRegisteredTo(sessionId, withWaitlist);
  }

  /**
   * The sessions where the organisation has people registered (cancelled registrations left out),
   * at most {@code max}, WITHOUT access checks: only for the private calendar feed, whose secret
   * address is its authorisation.
   */
  public List<UUID> anyRegisteredSessionsOf(UUID organizationId, int max) {
    return registrations.registeredSessionsOf(organizationId, max);
  }

  /**
   * Whether the organisation took part in an incontro of the plan, with a seat (not waitlisted, not
   * cancelled) or recorded as present.
   *
   * @throws DomainException.NotFound plan-not-found
   */
  public boolean tookPartInSessionsOf(UUID planId, UUID organizationId) {
    return registrations.tookPartInSessionsOf(planId, organizationId);
  }

  /**
   * The people with these ids who belong to this organisation; other ids (unknown, or another
   * organisation's people) are simply absent.
   */
  public Map<UUID, ParticipantRef> peopleOf(UUID organizationId, Collection<UUID> ids) {
    return service.peopleOf(organizationId, ids);
  }
}
