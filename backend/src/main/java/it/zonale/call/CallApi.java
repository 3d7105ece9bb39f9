package it.zonale.call;

import it.zonale.shared.error.DomainException;
import it.zonale.shared.web.AllPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * What the call feature publishes to other features (docs/conventions.md rule 51). Every method
 * applies the caller's checks unless its name says it does not.
 */
@ApplicationScoped
public class CallApi {
  /** The zone in which a call's deadline is a date and time. */
  public static final java.time.ZoneId ZONE = CallService.ZONE;

  private final CallService service;

  CallApi(CallService service) {
    this.service = service;
  }

  /** The call if the caller may read its plan, else call-not-found. */
  public CallRef readableCall(UUID id) {
    return service.readableCall(id);
  }

  /**
   * The call if the caller manages its plan and the plan is not closed.
   *
   * @throws DomainException.Forbidden not-your-district
   * @throws DomainException.InvalidState plan-closed
   */
  public CallRef manageableCall(UUID id) {
    return service.manageableCall(id);
  }

  /**
   * What a mail says of a call, if it still exists, WITHOUT access checks: only for mail sent by
   * jobs and events that run without a caller.
   */
  public java.util.Optional<CallOutline> anyCallOutlineForMail(UUID id) {
    return service.outlineOf(id);
  }

  /**
   * Every call whose deadline falls in [from, to), WITHOUT access checks: only for the deadline
   * reminders sent by jobs.
   */
  public List<CallOutline> anyCallsDueBetween(java.time.Instant from, java.time.Instant to) {
    return service.callsDueBetween(from, to);
  }

  /**
   * The calls of a plan the caller may read, in the list's order.
   *
   * @throws DomainException.NotFound plan-not-found
   */
  public List<Call> callsOfPlan(UUID planId) {
    return AllPages.of(p -> service.listCalls(planId, null, p).items());
  }
}
