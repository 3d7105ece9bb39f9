package it.zonale.phase;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Queries on plan phases. */
@ApplicationScoped
class PhaseRepository implements PanacheRepositoryBase<PhaseEntity, UUID> {
  public List<PhaseEntity> pageOf(UUID planId, int limit, int offset) {
    return find("planId", Sort.by("startDate").and("endDate").and("name"), planId)
        .range(offset, offset + limit - 1)
        .list();
  }

  public long countOf(UUID planId) {
    return count("planId", planId);
  }
}
