package it.zonale.policyarea;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Queries on the policy-area catalogue. */
@ApplicationScoped
class PolicyAreaRepository implements PanacheRepositoryBase<PolicyAreaEntity, UUID> {
  public List<PolicyAreaEntity> page(int limit, int offset) {
    return findAll(Sort.by("position").and("code")).range(offset, offset + limit - 1).list();
  }

  public List<PolicyAreaEntity> byIds(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return list("id in ?1", Sort.by("position").and("code"), ids);
  }
}
