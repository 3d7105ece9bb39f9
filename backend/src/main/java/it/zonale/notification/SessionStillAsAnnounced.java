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
 * A reminder or a notice of a new time or place is sent only while the session is still scheduled
 * at the time and place the mail gives (a later change has its own notice and reminder) and the
 * recipient is still registered to it (a reminder only to a seat, a change also to the waitlist).
 */
@ApplicationScoped
class SessionStillAsAnnounced implements StillTrue {
  private final ParticipantApi participants;
  private final SessionApi sessions;

  SessionStillAsAnnounced(ParticipantApi participants, SessionApi sessions) {
    this.participants = participants;
    this.sessions = sessions;
  }

  @Override
  public Set<NotificationKind> kinds() {
    return Set.of(NotificationKind.SESSION_REMINDER, NotificationKind.SESSION_CHANGED);
  }

  @Override
  public Optional<String> refuted(PendingMail mail) {
    Optional<UUID> registrationId = mail.announcedId(Announces.REGISTRATION_ID);
    if (registrationId.isPresent()) {
      Optional<RegistrationStatus> status =
          participants
              .lockedRegistrationStateForMail(registrationId.get())
              .map(RegistrationState::status);
      boolean stillThere =
          status.isPresent()
              && (status.get() == RegistrationStatus.REGISTERED
                  || (status.get() == RegistrationStatus.WAITLISTED
                      && mail.kind() == NotificationKind.SESSION_CHANGED));
      if (!stillThere) {
        return Optional.of(
            "registration-"
                + status.map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).orElse("gone")
                + ": the recipient is no longer registered to the session");
      }
    }
    Optional<Session> found = sessions.anySessionForMail(mail.subjectId());
    if (found.isEmpty()) {
      return Optional.of("session-gone: the session no longer exists");
    }
    Session session = found.get();
    if (session.status() != SessionStatus.SCHEDULED) {
      return Optional.of(
          "session-"
              + session.status().name().toLowerCase(java.util.Locale.ROOT)
              + ": the session is now "
              + session.status());
    }
    if (!MailText.when(session.startsAt(), mail.language()).equals(mail.param("when"))
        || !MailText.where(session, mail.language()).equals(mail.param("where"))) {
      return Optional.of(
          "session-moved: the session's time or place changed since; a newer mail gives it");
    }
    return Optional.empty();
  }
}
