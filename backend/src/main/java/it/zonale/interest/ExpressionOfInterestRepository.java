package it.zonale.interest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Queries on expressions of interest, always those of one call; {@code organizationId} narrows them
 * to one organisation's.
 */
@ApplicationScoped
class ExpressionOfInterestRepository
    implements PanacheRepositoryBase<ExpressionOfInterestEntity, UUID> {

  /** Filters of a call's expressions of interest; null means "any". */
  public record Filter(
      UUID callId, UUID organizationId, ExpressionOfInterestStatus status, Boolean late) {}

  public List<ExpressionOfInterestEntity> page(Filter filter, int limit, int offset) {
    Parameters params = new Parameters();
    return find(where(filter, params) + " order by e.createdAt, e.id", params)
        .range(offset, offset + limit - 1)
        .list();
  }

  public long count(Filter filter) {
    Parameters params = new Parameters();
    return count(where(filter, params), params);
  }

  public Optional<ExpressionOfInterestEntity> findOf(UUID callId, UUID organizationId) {
    return find("callId = ?1 and organizationId = ?2", callId, organizationId)
        .firstResultOptional();
  }

  public Set<UUID> organizationsThatSubmitted(UUID callId) {
    return Set.copyOf(
        getEntityManager()
            .createQuery(
                "select e.organizationId from ExpressionOfInterestEntity e"
                    + " where e.callId = :call and e.submittedAt is not null",
                UUID.class)
            .setParameter("call", callId)
            .getResultList());
  }

  public long countOf(UUID callId) {
    return count("callId", callId);
  }

  public Set<UUID> tablesChosen(UUID callId, Set<ExpressionOfInterestStatus> statuses) {
    return new HashSet<>(
        getEntityManager()
            .createQuery(
                "select distinct c.tableId from ExpressionOfInterestEntity e join e.tableChoices c"
                    + " where e.callId = :call and e.status in :statuses",
                UUID.class)
            .setParameter("call", callId)
            .setParameter("statuses", statuses)
            .getResultList());
  }

  private static String where(Filter f, Parameters params) {
    List<String> clauses = new ArrayList<>();
    clauses.add("e.callId = :call");
    params.and("call", f.callId());
    if (f.organizationId() != null) {
      clauses.add("e.organizationId = :org");
      params.and("org", f.organizationId());
    }
    if (f.status() != null) {
      clauses.add("e.status = :status");
      params.and("status", f.status());
    }
    if (f.late() != null) {
      clauses.add("e.late = :late");
      params.and("late", f.late());
    }
    return "from ExpressionOfInterestEntity e where " + String.join(" and ", clauses);
  }
}
