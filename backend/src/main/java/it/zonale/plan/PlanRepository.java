package it.zonale.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Queries on plans; every list is scoped to what the caller may see. */
@ApplicationScoped
class PlanRepository implements PanacheRepositoryBase<PlanEntity, UUID> {

  /**
   * Filters for the plan list; null means "any". {@code draftDistricts} are where drafts are
   * visible.
   */
  public record Filter(
      UUID districtId,
      PlanStatus status,
      Integer year,
      java.time.Instant updatedSince,
      Set<UUID> draftDistricts) {}

  public List<PlanEntity> page(Filter filter, int limit, int offset) {
    Parameters params = new Parameters();
    return find(where(filter, params) + " order by p.startYear desc, p.title, p.id", params)
        .range(offset, offset + limit - 1)
        .list();
  }

  public long count(Filter filter) {
    Parameters params = new Parameters();
    return count(where(filter, params), params);
  }

  private static String where(Filter filter, Parameters params) {
    List<String> clauses = new ArrayList<>();
    if (filter.draftDistricts().isEmpty()) {
      clauses.add("p.status <> :draft");
    } else {
      clauses.add("(p.status <> :draft or p.districtId in :draftDistricts)");
      params.and("draftDistricts", filter.draftDistricts());
    }
    params.and("draft", PlanStatus.DRAFT);
    if (filter.districtId() != null) {
      clauses.add("p.districtId = :district");
      params.and("district", filter.districtId());
    }
    if (filter.status() != null) {
      clauses.add("p.status = :status");
      params.and("status", filter.status());
    }
    if (filter.year() != null) {
      clauses.add(":year between p.startYear and p.endYear");
      params.and("year", filter.year());
    }
    if (filter.updatedSince() != null) {
      clauses.add("p.updatedAt >= :updatedSince");
      params.and("updatedSince", filter.updatedSince());
    }
    return "from PlanEntity p where " + String.join(" and ", clauses);
  }
}
