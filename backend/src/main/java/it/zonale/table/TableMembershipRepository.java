package it.zonale.table;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries on the members of a table. */
@ApplicationScoped
class TableMembershipRepository implements PanacheRepositoryBase<TableMembershipEntity, UUID> {
  public List<TableMembershipEntity> pageOf(UUID tableId, int limit, int offset) {
    return find("tableId", Sort.by("admittedAt").and("id"), tableId)
        .range(offset, offset + limit - 1)
        .list();
  }

  /**
   * The memberships of every table of a plan as (tableId, organizationId, status, admittedAt), in
   * the tables' list order (level, name, id) and then by admission: one query, read as it streams.
   */
  public java.util.stream.Stream<Object[]> streamOfPlan(UUID planId) {
    return getEntityManager()
        .createQuery(
            "select m.tableId, m.organizationId, m.status, m.admittedAt"
                + " from TableMembershipEntity m, TableEntity t"
                + " where t.id = m.tableId and t.planId = :plan"
                + " order by t.level, t.name, t.id, m.admittedAt, m.id",
            Object[].class)
        .setParameter("plan", planId)
        .setHint(org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE, 500)
        .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
        .getResultStream();
  }

  public long countOf(UUID tableId) {
    return count("tableId", tableId);
  }

  public Optional<TableMembershipEntity> find(UUID tableId, UUID organizationId) {
    return find("tableId = ?1 and organizationId = ?2", tableId, organizationId)
        .firstResultOptional();
  }

  /** The members of these tables for an export, at most {@code max}. */
  public List<TableMembershipEntity> allOf(List<UUID> tableIds, int max) {
    if (tableIds.isEmpty()) {
      return List.of();
    }
    return find("tableId in ?1", Sort.by("admittedAt").and("id"), tableIds)
        .range(0, max - 1)
        .list();
  }

  public boolean isMemberOfPlan(UUID planId, UUID organizationId) {
    return getEntityManager()
            .createQuery(
                "select count(m) from TableMembershipEntity m, TableEntity t"
                    + " where t.id = m.tableId and t.planId = :plan and m.organizationId = :org",
                Long.class)
            .setParameter("plan", planId)
            .setParameter("org", organizationId)
            .getSingleResult()
        > 0;
  }
}
