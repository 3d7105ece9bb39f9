package it.zonale.call;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Queries on calls, always those of one plan. */
@ApplicationScoped
class CallRepository implements PanacheRepositoryBase<CallEntity, UUID> {
  public List<CallEntity> pageOf(UUID planId, int limit, int offset) {
    return find("planId", Sort.descending("deadline").and("id"), planId)
        .range(offset, offset + limit - 1)
        .list();
  }

  public List<CallEntity> dueBetween(java.time.Instant from, java.time.Instant to) {
    return list("deadline >= ?1 and deadline < ?2 order by deadline, id", from, to);
  }

  public long countOf(UUID planId) {
    return count("planId", planId);
  }
}
