package it.zonale.notification;

import it.zonale.participant.ParticipantApi;
import it.zonale.participant.RegistrationState;
import it.zonale.participant.RegistrationStatus;
import it.zonale.session.Session;
import it.zonale.session.SessionApi;
import it.zonale.session.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A seat confirmed, a seat given from the waitlist, or a place in the waitlist is sent only while
 * the registration still stands so: not to a person who cancelled in the meantime, nor a "waiting"
 * mail to one who got a seat since, nor for a session cancelled since. The registration's row stays
 * locked until the mail is marked sent, so a cancellation waits for it.
 */
@ApplicationScoped
class RegistrationStillHolds implements StillTrue {
  private final ParticipantApi participants;
  private final SessionApi sessions;

  RegistrationStillHolds(ParticipantApi participants, SessionApi sessions) {
    this.participants = participants;
    this.sessions = sessions;
  }

  @Override
  public Set<NotificationKind> kinds() {
    return Set.of(
        NotificationKind.REGISTRATION_CONFIRMED,
        NotificationKind.REGISTRATION_PROMOTED,
        NotificationKind.REGISTRATION_WAITLISTED);
  }

  @Override
  public Optional<String> refuted(PendingMail mail) {
    // why: the subject of a registration mail is its registration, also for rows without announces
    UUID id = mail.announcedId(Announces.REGISTRATION_ID).orElse(mail.subjectId());
    Optional<RegistrationState> found = participants.lockedRegistrationStateForMail(id);
    if (found.isEmpty()) {
      return Optional.of("registration-gone: the registration no longer exists");
    }
    RegistrationState now = found.get();
    RegistrationStatus announced =
        mail.kind() == NotificationKind.REGISTRATION_WAITLISTED
            ? RegistrationStatus.WAITLISTED
            : RegistrationStatus.REGISTERED;
    if (now.status() != announced) {
      return Optional.of(
          "registration-"
              + now.status().name().toLowerCase(java.util.Locale.ROOT)
              + ": the registration is now "
              + now.status()
              + ", the mail announced "
              + announced);
    }
    Optional<java.time.Instant> registeredAt = mail.announcedInstant(Announces.REGISTERED_AT);
    if (registeredAt.isPresent() && !registeredAt.get().equals(now.registeredAt())) {
      return Optional.of(
          "registration-renewed: the person cancelled and registered again since; the mail of the"
              + " new registration announces it");
    }
    Optional<Session> session = sessions.anySessionForMail(now.sessionId());
    if (session.isEmpty() || session.get().status() == SessionStatus.CANCELLED) {
      return Optional.of("session-cancelled: the session was cancelled since");
    }
    return Optional.empty();
  }
}
