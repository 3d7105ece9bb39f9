package it.zonale.calendar;

import it.zonale.organization.OrganizationService;
import it.zonale.participant.ParticipantService;
import it.zonale.plan.PlanService;
import it.zonale.session.SessionDetail;
import it.zonale.session.SessionService;
import it.zonale.shared.error.DomainException;
import it.zonale.table.TableService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Which sessions each calendar feed shows: those of a session, a plan or a table to whoever may
 * read them today, and those of an organisation's registrations to whoever holds its feed's key.
 * {@link IcsResponses} writes them.
 */
@ApplicationScoped
public class CalendarService {
  private final SessionService sessions;
  private final PlanService plans;
  private final TableService tables;
  private final ParticipantService participants;
  private final OrganizationService organizations;
  private final CalendarFeedService feeds;

  public CalendarService(
      SessionService sessions,
      PlanService plans,
      TableService tables,
      ParticipantService participants,
      OrganizationService organizations,
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
    String title = plans.getPlan(planId).title();
    return new SessionCalendar(title, sessions.calendarOfPlan(planId));
  }

  /**
   * @throws DomainException.NotFound table-not-found (also for a draft plan's outside its ambito)
   */
  SessionCalendar tableCalendar(UUID tableId) {
    String name = tables.getTable(tableId).name();
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
        participants.registeredSessionsOf(organizationId, SessionService.CALENDAR_MAX_SESSIONS);
    return new SessionCalendar(name, sessions.readableSessions(registered));
  }
}
