package it.zonale.table;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Queries on tables. */
@ApplicationScoped
class TableRepository implements PanacheRepositoryBase<TableEntity, UUID> {
  /** The plan's tables, changed at or after {@code updatedSince} if given. */
  public List<TableEntity> pageOf(
      UUID planId, java.time.Instant updatedSince, int limit, int offset) {
    var query =
        updatedSince == null
            ? find("planId", Sort.by("level").and("name").and("id"), planId)
            : find(
                "planId = ?1 and updatedAt >= ?2",
                Sort.by("level").and("name").and("id"),
                planId,
                updatedSince);
    return query.range(offset, offset + limit - 1).list();
  }

  public List<TableEntity> allOf(UUID planId, int max) {
    return find("planId", Sort.by("level").and("name").and("id"), planId).range(0, max - 1).list();
  }

  public long countOf(UUID planId, java.time.Instant updatedSince) {
    return updatedSince == null
        ? count("planId", planId)
        : count("planId = ?1 and updatedAt >= ?2", planId, updatedSince);
  }

  public boolean nameTaken(UUID planId, String name, UUID self) {
    return self == null
        ? count("planId = ?1 and lower(name) = lower(?2)", planId, name) > 0
        : count("planId = ?1 and lower(name) = lower(?2) and id <> ?3", planId, name, self) > 0;
  }

  public Set<UUID> policyAreasInUse(UUID planId) {
    return new HashSet<>(
        getEntityManager()
            .createQuery(
                "select distinct a from TableEntity t join t.policyAreaIds a where t.planId = :plan",
                UUID.class)
            .setParameter("plan", planId)
            .getResultList());
  }
}
