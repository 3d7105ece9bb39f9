package it.zonale.objective;

import it.zonale.shared.error.DomainException;
import it.zonale.shared.web.AllPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * What the objective feature publishes to other features (docs/conventions.md rule 51). Every
 * method applies the caller's checks unless its name says it does not.
 */
@ApplicationScoped
public class ObjectiveApi {
  private final ObjectiveService service;

  ObjectiveApi(ObjectiveService service) {
    this.service = service;
  }

  /**
   * The objectives of a plan the caller may read, with their indicators and measurements.
   *
   * @throws DomainException.NotFound plan-not-found
   */
  public List<Objective> objectivesOfPlan(UUID planId) {
    return AllPages.of(p -> service.listObjectives(planId, null, null, null, p).items());
  }
}
