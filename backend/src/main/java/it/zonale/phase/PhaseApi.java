package it.zonale.phase;

import it.zonale.shared.error.DomainException;
import it.zonale.shared.web.AllPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * What the phase feature publishes to other features (docs/conventions.md rule 51). Every method
 * applies the caller's checks unless its name says it does not.
 */
@ApplicationScoped
public class PhaseApi {
  private final PhaseService service;

  PhaseApi(PhaseService service) {
    this.service = service;
  }

  /**
   * The phases of a plan the caller may read, in the timeline's order.
   *
   * @throws DomainException.NotFound plan-not-found
   */
  public List<PlanPhase> phasesOfPlan(UUID planId) {
    return AllPages.of(p -> service.listPhases(planId, p).items());
  }
}
