package it.zonale.notification;

import it.zonale.call.CallApi;
import it.zonale.call.CallOutline;
import it.zonale.interest.InterestApi;
import it.zonale.organization.OrganizationApi;
import it.zonale.organization.OrganizationKind;
import it.zonale.participant.ParticipantApi;
import it.zonale.session.Session;
import it.zonale.session.SessionApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Queues the reminders due: to the people registered to a session that starts within the lead time
 * (48 h), and to the organisations of the ambito that have not answered a call whose deadline falls
 * within it. Each reminder has a key (kind, subject, its date, recipient) that the outbox holds
 * once, so running this on two replicas at once still sends one mail.
 */
@ApplicationScoped
class ReminderService {
  private final NotificationService notifications;
  private final SessionApi sessions;
  private final ParticipantApi participants;
  private final CallApi calls;
  private final InterestApi interests;
  private final OrganizationApi organizations;
  private final NotificationConfig config;

  public ReminderService(
      NotificationService notifications,
      SessionApi sessions,
      ParticipantApi participants,
      CallApi calls,
      InterestApi interests,
      OrganizationApi organizations,
      NotificationConfig config) {
    this.notifications = notifications;
    this.sessions = sessions;
    this.participants = participants;
    this.calls = calls;
    this.interests = interests;
    this.organizations = organizations;
    this.config = config;
  }

  /**
   * @return how many reminders were queued now (those queued before are not counted again)
   */
  @Transactional
  public int queueReminders(Instant now) {
    Instant until = now.plus(config.reminderLead());
    int queued = 0;
    for (Session session : sessions.anyScheduledStartingBetween(now, until)) {
      for (var seat : participants.anyContactsRegisteredToForMail(session.id(), false).entrySet()) {
        var person = seat.getValue();
        String key =
            key(
                NotificationKind.SESSION_REMINDER,
                session.id(),
                session.startsAt().toInstant(),
                person.email());
        if (notifications.toParticipant(
            NotificationKind.SESSION_REMINDER,
            session.id(),
            person,
            session,
            Announces.registration(seat.getKey()),
            key,
            now)) {
          queued++;
        }
      }
    }
    for (CallOutline call : calls.anyCallsDueBetween(now, until)) {
      Set<UUID> answered = interests.anyOrganizationsThatAnswered(call.id());
      for (var org : organizations.anyContactsInForMail(call.districtId())) {
        if (org.kind() == OrganizationKind.CONSORTIUM || answered.contains(org.id())) {
          continue;
        }
        String key =
            key(NotificationKind.CALL_DEADLINE_REMINDER, call.id(), call.deadline(), org.email());
        if (notifications.toOrganization(
            NotificationKind.CALL_DEADLINE_REMINDER,
            call.id(),
            org,
            notifications.callParams(call, org),
            Announces.organization(org.id()),
            key,
            now)) {
          queued++;
        }
      }
    }
    return queued;
  }

  /** why: the date is in the key, so a session or deadline moved later gets its own reminder. */
  private static String key(NotificationKind kind, UUID subject, Instant at, String recipient) {
    return kind
        + ":"
        + subject
        + ":"
        + at.getEpochSecond()
        + ":"
        + recipient.strip().toLowerCase(Locale.ROOT);
  }
}
