package it.zonale.survey;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Queries on needs surveys, always those of one plan. */
@ApplicationScoped
class SurveyRepository implements PanacheRepositoryBase<SurveyEntity, UUID> {
  private static final String OF_PLAN = "planId = :planId and status in :statuses";

  /** The plan's surveys in the given statuses, newest first. */
  public List<SurveyEntity> pageOf(UUID planId, Set<SurveyStatus> statuses, int limit, int offset) {
    return find(OF_PLAN, Sort.descending("createdAt").and("id"), params(planId, statuses))
        .range(offset, offset + limit - 1)
        .list();
  }

  public long countOf(UUID planId, Set<SurveyStatus> statuses) {
    return count(OF_PLAN, params(planId, statuses));
  }

  public List<SurveyEntity> allOf(UUID planId, Set<SurveyStatus> statuses) {
    return find(OF_PLAN, Sort.descending("createdAt").and("id"), params(planId, statuses)).list();
  }

  private static Parameters params(UUID planId, Set<SurveyStatus> statuses) {
    return Parameters.with("planId", planId).and("statuses", EnumSet.copyOf(statuses));
  }
}
