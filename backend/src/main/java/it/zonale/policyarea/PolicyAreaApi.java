package it.zonale.policyarea;

import it.zonale.shared.web.AllPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the policyarea feature publishes to other features (docs/conventions.md rule 51). Every
 * method applies the caller's checks unless its name says it does not.
 */
@ApplicationScoped
public class PolicyAreaApi {
  private final PolicyAreaService service;

  PolicyAreaApi(PolicyAreaService service) {
    this.service = service;
  }

  /** The areas with these ids, in catalogue order. */
  public List<PolicyArea> byIds(Collection<UUID> ids) {
    return service.byIds(ids);
  }

  /** The ids among these that are not in the catalogue. */
  public Set<UUID> unknown(Collection<UUID> ids) {
    return service.unknown(ids);
  }

  /** Every policy area: public reference data. */
  public List<PolicyArea> allPolicyAreas() {
    return AllPages.of(p -> service.listPolicyAreas(p).items());
  }
}
