package it.zonale.objective;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Queries on objectives, always those of one plan. */
@ApplicationScoped
class ObjectiveRepository implements PanacheRepositoryBase<ObjectiveEntity, UUID> {

  /** Filters of a plan's objectives; null means any. */
  public record Filter(UUID planId, UUID policyAreaId, UUID tableId, ObjectiveStatus status) {
    String where() {
      return "planId = :planId"
          + (policyAreaId == null ? "" : " and policyAreaId = :policyAreaId")
          + (tableId == null ? "" : " and tableId = :tableId")
          + (status == null ? "" : " and status = :status");
    }

    Parameters params() {
      Parameters p = Parameters.with("planId", planId);
      if (policyAreaId != null) {
        p = p.and("policyAreaId", policyAreaId);
      }
      if (tableId != null) {
        p = p.and("tableId", tableId);
      }
      if (status != null) {
        p = p.and("status", status);
      }
      return p;
    }
  }

  public List<ObjectiveEntity> page(Filter f, int limit, int offset) {
    return find(f.where() + " order by policyAreaId, createdAt, id", f.params())
        .range(offset, offset + limit - 1)
        .list();
  }

  public long count(Filter f) {
    return count(f.where(), f.params());
  }

  public List<ObjectiveEntity> allOf(UUID planId) {
    return list("planId = ?1 order by createdAt, id", planId);
  }

  /** Objectives citing the istanza. */
  public List<ObjectiveEntity> citing(UUID contributionId, int limit, int offset) {
    return find(
            "select o from ObjectiveEntity o join o.contributions c"
                + " where c.contributionId = ?1 order by o.createdAt, o.id",
            contributionId)
        .range(offset, offset + limit - 1)
        .list();
  }

  public long countCiting(UUID contributionId) {
    return getEntityManager()
        .createQuery(
            "select count(distinct o.id) from ObjectiveEntity o join o.contributions c"
                + " where c.contributionId = :id",
            Long.class)
        .setParameter("id", contributionId)
        .getSingleResult();
  }

  /** Objectives citing a question of the survey (any question when the key is null). */
  public List<ObjectiveEntity> citingSurvey(
      UUID surveyId, String questionKey, int limit, int offset) {
    return find(
            "select distinct o from ObjectiveEntity o join o.findings f where "
                + surveyWhere(questionKey)
                + " order by o.createdAt, o.id",
            surveyParams(surveyId, questionKey))
        .range(offset, offset + limit - 1)
        .list();
  }

  public long countCitingSurvey(UUID surveyId, String questionKey) {
    var query =
        getEntityManager()
            .createQuery(
                "select count(distinct o.id) from ObjectiveEntity o join o.findings f where "
                    + surveyWhere(questionKey),
                Long.class)
            .setParameter("surveyId", surveyId);
    if (questionKey != null) {
      query.setParameter("key", questionKey);
    }
    return query.getSingleResult();
  }

  private static String surveyWhere(String questionKey) {
    return "f.surveyId = :surveyId" + (questionKey == null ? "" : " and f.questionKey = :key");
  }

  private static Parameters surveyParams(UUID surveyId, String questionKey) {
    Parameters p = Parameters.with("surveyId", surveyId);
    return questionKey == null ? p : p.and("key", questionKey);
  }
}
