package it.zonale.calendar;

import it.zonale.organization.OrganizationApi;
import it.zonale.participant.ParticipantApi;
import it.zonale.plan.PlanApi;
import it.zonale.session.SessionApi;
import it.zonale.session.SessionDetail;
import it.zonale.shared.error.DomainException;
import it.zonale.table.TableApi;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Which sessions each calendar feed shows: those of a session, a plan or a table to whoever may
 * read them today, and those of an organisation's registrations to whoever holds its feed's key.
 * {@link IcsResponses} writes them.
 */
@ApplicationScoped
class CalendarService {
  private final SessionApi sessions;
  private final PlanApi plans;
  private final TableApi tables;
  private final ParticipantApi participants;
  private final OrganizationApi organizations;
  private final CalendarFeedService feeds;

  public CalendarService(
      SessionApi sessions,
      PlanApi plans,
      TableApi tables,
      ParticipantApi participants,
      OrganizationApi organizations,
      CalendarFeedService feeds) {
    this.sessions = sessions;
    this.plans = plans;
    this.tables = tables;
    this.participants = participants;
    this.organizations = organizations;
    this.feeds = feeds;
  }

  /**
   * @throws DomainException.NotFound session-not-found (also for a draft plan's outside its ambito)
   */
  SessionCalendar sessionCalendar(UUID sessionId) {
    SessionDetail session = sessions.calendarOfSession(sessionId);
    return new SessionCalendar(session.session().title(), List.of(session));
  }

  /**
   * @throws DomainException.NotFound plan-not-found (also for a draft outside its ambito)
   */
  SessionCalendar planCalendar(UUID planId) {
    String title = plans.readablePlanDetails(planId).title();
    return new SessionCalendar(title, sessions.calendarOfPlan(planId));
  }

  /**
   * @throws DomainException.NotFound table-not-found (also for a draft plan's outside its ambito)
   */
  SessionCalendar tableCalendar(UUID tableId) {
    String name = tables.readableTableDetails(tableId).name();
    return new SessionCalendar(name, sessions.calendarOfTable(tableId));
  }

  /**
   * The sessions where the key's organisation has people registered. The key stands for the user,
   * but the request is anonymous, so a draft plan's sessions are listed only when the request also
   * carries a token that may read them.
   *
   * @throws DomainException.NotFound calendar-feed-not-found
   */
  SessionCalendar privateCalendar(String key) {
    UUID organizationId = feeds.organizationOfKey(key);
    String name = "Zonale \u2014 " + organizations.getOrganization(organizationId).name();
    List<UUID> registered =
        participants.anyRegisteredSessionsOf(organizationId, SessionApi.CALENDAR_MAX_SESSIONS);
    return new SessionCalendar(name, sessions.readableSessions(registered));
  }
}
