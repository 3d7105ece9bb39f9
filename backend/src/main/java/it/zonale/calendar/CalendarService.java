package it.zonale.calendar;

import it.zonale.organization.OrganizationApi;
import it.zonale.participant.ParticipantApi;
import it.zonale.plan.PlanApi;
import it.zonale.session.SessionApi;
import it.zonale.session.SessionDetail;
import it.zonale.shared.error.DomainException;
import it.zonale.table.TableApi;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Serves sessions as iCalendar feeds: those of a session, a plan or a table to whoever may read
 * them today, and those of an organisation's registrations to whoever holds its feed's key.
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
  public String getSessionCalendar(UUID sessionId) {
    SessionDetail session = sessions.calendarOfSession(sessionId);
    return IcsWriter.write(session.session().title(), List.of(session), Instant.now());
  }

  /**
   * @throws DomainException.NotFound plan-not-found (also for a draft outside its ambito)
   */
  public String getPlanCalendar(UUID planId) {
    String title = plans.readablePlanDetails(planId).title();
    return IcsWriter.write(title, sessions.calendarOfPlan(planId), Instant.now());
  }

  /**
   * @throws DomainException.NotFound table-not-found (also for a draft plan's outside its ambito)
   */
  public String getTableCalendar(UUID tableId) {
    String name = tables.readableTableDetails(tableId).name();
    return IcsWriter.write(name, sessions.calendarOfTable(tableId), Instant.now());
  }

  /**
   * The sessions where the key's organisation has people registered. The key stands for the user,
   * but the request is anonymous, so a draft plan's sessions are listed only when the request also
   * carries a token that may read them.
   *
   * @throws DomainException.NotFound calendar-feed-not-found
   */
  public String getPrivateCalendar(String key) {
    UUID organizationId = feeds.organizationOfKey(key);
    String name = "Zonale \u2014 " + organizations.getOrganization(organizationId).name();
    List<UUID> registered =
        participants.anyRegisteredSessionsOf(organizationId, SessionApi.CALENDAR_MAX_SESSIONS);
    return IcsWriter.write(name, sessions.readableSessions(registered), Instant.now());
  }
}
