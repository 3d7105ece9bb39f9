package it.zonale.notification;

import it.zonale.call.CallOutline;
import it.zonale.call.CallService;
import it.zonale.interest.ExpressionOfInterestService;
import it.zonale.organization.OrganizationKind;
import it.zonale.organization.OrganizationService;
import it.zonale.participant.ParticipantService;
import it.zonale.session.Session;
import it.zonale.session.SessionService;
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
public class ReminderService {
  private final NotificationService notifications;
  private final SessionService sessions;
  private final ParticipantService participants;
  private final CallService calls;
  private final ExpressionOfInterestService interests;
  private final OrganizationService organizations;
  private final NotificationConfig config;

  public ReminderService(
      NotificationService notifications,
      SessionService sessions,
      ParticipantService participants,
      CallService calls,
      ExpressionOfInterestService interests,
      OrganizationService organizations,
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
    for (Session session : sessions.scheduledStartingBetween(now, until)) {
      for (var seat : participants.contactsRegisteredTo(session.id(), false).entrySet()) {
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
    for (CallOutline call : calls.callsDueBetween(now, until)) {
      Set<UUID> answered = interests.organizationsThatAnswered(call.id());
      for (var org : organizations.contactsIn(call.districtId())) {
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
