package it.zonale.session;

import it.zonale.shared.error.DomainException;
import it.zonale.shared.web.AllPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What the session feature publishes to other features (docs/conventions.md rule 51). Every method
 * applies the caller's checks unless its name says it does not.
 */
@ApplicationScoped
public class SessionApi {
  /** The most sessions a calendar feed lists. */
  public static final int CALENDAR_MAX_SESSIONS = SessionService.CALENDAR_MAX_SESSIONS;

  private final SessionService service;

  SessionApi(SessionService service) {
    this.service = service;
  }

  /**
   * The sessions of a plan the caller may read (else plan-not-found), earliest first, every status
   * and kind.
   */
  public List<Session> sessionsOfPlan(UUID planId) {
    return AllPages.of(
        p -> service.listSessions(planId, null, null, null, null, null, false, null, p).items());
  }

  /**
   * When the plan's sessions last changed: the latest schedule, edit or status change of one, or
   * deletion of a session in the plan's ambito (empty: none); the caller must be able to read the
   * plan, else plan-not-found. For validators (Last-Modified) of public data about the sessions.
   */
  public java.util.Optional<java.time.Instant> sessionsOfPlanChangedAt(UUID planId) {
    return service.sessionsOfPlanChangedAt(planId);
  }

  /** The session if the caller may read its plan, else session-not-found. */
  public SessionRef readableSession(UUID id) {
    return service.readableSession(id);
  }

  /** The session if the caller manages its plan. */
  public SessionRef manageableSession(UUID id) {
    return service.manageableSession(id);
  }

  /** The session if the caller manages its plan, in any status. */
  public SessionRef officeSession(UUID id) {
    return service.officeSession(id);
  }

  /** Every session of a plan the caller manages, in any status. */
  public List<SessionRef> sessionsOfManageablePlan(UUID planId) {
    return service.sessionsOfManageablePlan(planId);
  }

  /**
   * Every session of a plan, earliest first, cancelled ones included.
   *
   * @throws DomainException.NotFound plan-not-found
   */
  public List<SessionDetail> calendarOfPlan(UUID planId) {
    return service.calendarOfPlan(planId);
  }

  /**
   * Every session of a table, earliest first, cancelled ones included.
   *
   * @throws DomainException.NotFound table-not-found
   */
  public List<SessionDetail> calendarOfTable(UUID tableId) {
    return service.calendarOfTable(tableId);
  }

  /**
   * One session.
   *
   * @throws DomainException.NotFound session-not-found
   */
  public SessionDetail calendarOfSession(UUID id) {
    return service.calendarOfSession(id);
  }

  /**
   * Of these sessions, those the caller may read (a draft plan's only inside its ambito), earliest
   * first; unknown ids are left out.
   */
  public List<SessionDetail> readableSessions(Collection<UUID> ids) {
    return service.readableSessions(ids);
  }

  /**
   * Any session, if it still exists, WITHOUT access checks (a draft plan's too): only for mail
   * written by jobs that run without a caller. Never hand its data to a caller.
   */
  public java.util.Optional<Session> anySessionForMail(UUID id) {
    return service.sessionForNotice(id);
  }

  /**
   * Every scheduled session that starts in [from, to), earliest first, WITHOUT access checks: only
   * for reminders sent by jobs that run without a caller.
   */
  public List<Session> anyScheduledStartingBetween(java.time.Instant from, java.time.Instant to) {
    return service.scheduledStartingBetween(from, to);
  }
}
