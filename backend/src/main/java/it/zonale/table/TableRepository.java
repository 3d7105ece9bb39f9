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
  public List<TableEntity> pageOf(UUID planId, int limit, int offset) {
    return find("planId", Sort.by("level").and("name").and("id"), planId)
        .range(offset, offset + limit - 1)
        .list();
  }

  public List<TableEntity> allOf(UUID planId, int max) {
    return find("planId", Sort.by("level").and("name").and("id"), planId).range(0, max - 1).list();
  }

  public long countOf(UUID planId) {
    return count("planId", planId);
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
