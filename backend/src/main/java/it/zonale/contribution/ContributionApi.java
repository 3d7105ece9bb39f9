package it.zonale.contribution;

import it.zonale.shared.error.DomainException;
import it.zonale.shared.web.AllPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * What the contribution feature publishes to other features (docs/conventions.md rule 51). Every
 * method applies the caller's checks unless its name says it does not.
 */
@ApplicationScoped
public class ContributionApi {
  private final ContributionService service;

  ContributionApi(ContributionService service) {
    this.service = service;
  }

  /**
   * The istanza if the caller may see it.
   *
   * @throws DomainException.NotFound contribution-not-found (also a draft of another organisation)
   */
  public Contribution readableContribution(UUID id) {
    return service.getContribution(id);
  }

  /**
   * The istanze of a plan the caller may see, in the list's order.
   *
   * @throws DomainException.NotFound plan-not-found
   */
  public List<Contribution> contributionsOfPlan(UUID planId) {
    return AllPages.of(p -> service.listContributions(planId, null, null, null, null, p).items());
  }

  /**
   * The answered istanze of a plan (public once answered), in the list's order.
   *
   * @throws DomainException.NotFound plan-not-found
   */
  public List<Contribution> answeredContributionsOfPlan(UUID planId) {
    return AllPages.of(
        p ->
            service
                .listContributions(planId, ContributionStatus.ANSWERED, null, null, null, p)
                .items());
  }
}
