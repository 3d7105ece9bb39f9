package it.zonale.contribution;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Queries on istanze, always those of one plan and only those the caller may see: answered ones,
 * its organisation's, and, for the plan office, every submitted one.
 */
@ApplicationScoped
class ContributionRepository implements PanacheRepositoryBase<ContributionEntity, UUID> {

  /**
   * Who asks and what: {@code callerOrganizationId} sees its own in any state, {@code office} sees
   * every submitted one; filters are null for "any".
   */
  public record Filter(
      UUID planId,
      UUID callerOrganizationId,
      boolean office,
      ContributionStatus status,
      UUID tableId,
      UUID policyAreaId,
      UUID organizationId) {}

  public List<ContributionEntity> page(Filter filter, int limit, int offset) {
    Parameters params = new Parameters();
    return find(
            where(filter, params) + " order by e.number nulls last, e.createdAt desc, e.id", params)
        .range(offset, offset + limit - 1)
        .list();
  }

  public long count(Filter filter) {
    Parameters params = new Parameters();
    return count(where(filter, params), params);
  }

  /**
   * The plan's next istanza number. The upsert locks the plan's counter row until the transaction
   * ends, so concurrent submissions wait for each other and never get the same number; a number
   * given and committed is never given again, even when its istanza is withdrawn.
   */
  public int nextNumber(UUID planId) {
    Object next =
        getEntityManager()
            .createNativeQuery(
                "insert into contribution_counters (plan_id, last_number) values (:plan, 1)"
                    + " on conflict (plan_id) do update"
                    + " set last_number = contribution_counters.last_number + 1"
                    + " returning last_number")
            .setParameter("plan", planId)
            .getSingleResult();
    return ((Number) next).intValue();
  }

  private static String where(Filter f, Parameters params) {
    List<String> clauses = new ArrayList<>();
    clauses.add("e.planId = :plan");
    params.and("plan", f.planId());
    List<String> visible = new ArrayList<>();
    visible.add("e.status = :answered");
    params.and("answered", ContributionStatus.ANSWERED);
    if (f.callerOrganizationId() != null) {
      visible.add("e.organizationId = :caller");
      params.and("caller", f.callerOrganizationId());
    }
    if (f.office()) {
      visible.add("e.submittedAt is not null");
    }
    clauses.add("(" + String.join(" or ", visible) + ")");
    if (f.status() != null) {
      clauses.add("e.status = :status");
      params.and("status", f.status());
    }
    if (f.tableId() != null) {
      clauses.add("e.tableId = :table");
      params.and("table", f.tableId());
    }
    if (f.policyAreaId() != null) {
      clauses.add(":area member of e.policyAreaIds");
      params.and("area", f.policyAreaId());
    }
    if (f.organizationId() != null) {
      clauses.add("e.organizationId = :org");
      params.and("org", f.organizationId());
    }
    return "from ContributionEntity e where " + String.join(" and ", clauses);
  }
}
