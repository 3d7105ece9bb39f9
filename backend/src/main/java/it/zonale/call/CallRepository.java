package it.zonale.call;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Queries on calls, always those of one plan. */
@ApplicationScoped
class CallRepository implements PanacheRepositoryBase<CallEntity, UUID> {
  /** The plan's calls, changed at or after {@code updatedSince} if given. */
  public List<CallEntity> pageOf(
      UUID planId, java.time.Instant updatedSince, int limit, int offset) {
    var query =
        updatedSince == null
            ? find("planId", Sort.descending("deadline").and("id"), planId)
            : find(
                "planId = ?1 and updatedAt >= ?2",
                Sort.descending("deadline").and("id"),
                planId,
                updatedSince);
    return query.range(offset, offset + limit - 1).list();
  }

  public List<CallEntity> dueBetween(java.time.Instant from, java.time.Instant to) {
    return list("deadline >= ?1 and deadline < ?2 order by deadline, id", from, to);
  }

  public long countOf(UUID planId, java.time.Instant updatedSince) {
    return updatedSince == null
        ? count("planId", planId)
        : count("planId = ?1 and updatedAt >= ?2", planId, updatedSince);
  }
}
