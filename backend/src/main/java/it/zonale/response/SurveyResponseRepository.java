package it.zonale.response;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Queries on survey responses. The completion figures join the organisations of the ambito
 * (organizations, organization_districts) in SQL: counting is done by the database, never by
 * loading every organisation.
 */
@ApplicationScoped
class SurveyResponseRepository implements PanacheRepositoryBase<SurveyResponseEntity, UUID> {

  /** Completion counts of one group (a kind, a sub-ambito, or everybody). */
  record Counts(String group, long expected, long submitted, long draft, long notStarted) {}

  /** An organisation expected to answer that has not submitted. */
  record Pending(UUID organizationId, UUID responseId, Instant lastSavedAt) {}

  /** A published survey whose deadline is near, for the automatic reminder. */
  record DueSurvey(UUID id, UUID planId, UUID districtId, String title, Instant deadline) {}

  private static final String EXPECTED =
      " from organizations o"
          + " join organization_districts od on od.organization_id = o.id and od.district_id = ?2"
          + " left join survey_responses r on r.survey_id = ?1 and r.organization_id = o.id"
          + " where o.kind <> 'CONSORTIUM'";

  private static final String COUNTS =
      "count(*), count(*) filter (where r.status = 'SUBMITTED'),"
          + " count(*) filter (where r.status = 'DRAFT'), count(*) filter (where r.id is null)";

  public Optional<SurveyResponseEntity> findOf(UUID surveyId, UUID organizationId) {
    return find("surveyId = ?1 and organizationId = ?2", surveyId, organizationId)
        .firstResultOptional();
  }

  public List<SurveyResponseEntity> page(
      UUID surveyId, SurveyResponseStatus status, int limit, int offset) {
    // why: by organisation name, which lives in the organisations' table
    var query =
        getEntityManager()
            .createNativeQuery(
                "select r.* from survey_responses r join organizations o on o.id = r.organization_id"
                    + " where r.survey_id = :survey"
                    + (status == null ? "" : " and r.status = :status")
                    + " order by lower(o.name), r.id limit :limit offset :offset",
                SurveyResponseEntity.class)
            .setParameter("survey", surveyId)
            .setParameter("limit", limit)
            .setParameter("offset", offset);
    if (status != null) {
      query.setParameter("status", status.name());
    }
    return query.getResultList().stream().map(SurveyResponseEntity.class::cast).toList();
  }

  public long count(UUID surveyId, SurveyResponseStatus status) {
    return status == null
        ? count("surveyId", surveyId)
        : count("surveyId = ?1 and status = ?2", surveyId, status);
  }

  /**
   * Creates the organisation's response unless another delegate just did: the unique key decides.
   *
   * @return whether this call created it
   */
  public boolean insertIfAbsent(
      UUID id, UUID surveyId, UUID organizationId, UUID subdistrictId, String answers, Instant at) {
    return getEntityManager()
            .createNativeQuery(
                "insert into survey_responses (id, survey_id, organization_id, subdistrict_id,"
                    + " status, answers, version, created_at, updated_at)"
                    + " values (?1, ?2, ?3, ?4, 'DRAFT', cast(?5 as jsonb), 0, ?6, ?6)"
                    + " on conflict (survey_id, organization_id) do nothing")
            .setParameter(1, id)
            .setParameter(2, surveyId)
            .setParameter(3, organizationId)
            .setParameter(4, subdistrictId)
            .setParameter(5, answers)
            .setParameter(6, at.atOffset(ZoneOffset.UTC))
            .executeUpdate()
        == 1;
  }

  /** Replaces the response's rows in survey_answers: one delete, one insert of them all. */
  public void rewriteAnswers(UUID responseId, UUID surveyId, String rowsJson) {
    getEntityManager()
        .createNativeQuery("delete from survey_answers where response_id = ?1")
        .setParameter(1, responseId)
        .executeUpdate();
    getEntityManager()
        .createNativeQuery(
            "insert into survey_answers (response_id, survey_id, question_key, item_key, ordinal,"
                + " option_key, number_value, text_value, date_value)"
                + " select ?1, ?2, a.question_key, a.item_key, a.ordinal, a.option_key,"
                + " a.number_value, a.text_value, a.date_value"
                + " from jsonb_to_recordset(cast(?3 as jsonb)) as a(question_key text,"
                + " item_key text, ordinal smallint, option_key text, number_value numeric,"
                + " text_value text, date_value date)")
        .setParameter(1, responseId)
        .setParameter(2, surveyId)
        .setParameter(3, rowsJson)
        .executeUpdate();
  }

  public Counts total(UUID surveyId, UUID districtId) {
    Object[] row =
        (Object[])
            getEntityManager()
                .createNativeQuery("select 'all', " + COUNTS + EXPECTED)
                .setParameter(1, surveyId)
                .setParameter(2, districtId)
                .getSingleResult();
    return counts(row);
  }

  public List<Counts> byKind(UUID surveyId, UUID districtId) {
    return grouped("o.kind", surveyId, districtId);
  }

  /** Grouped by the sub-ambito each response names (its id as text, null for none). */
  public List<Counts> bySubdistrict(UUID surveyId, UUID districtId) {
    return grouped("cast(r.subdistrict_id as text)", surveyId, districtId);
  }

  public List<Pending> pending(UUID surveyId, UUID districtId, int limit, int offset) {
    List<Pending> pending = new ArrayList<>();
    for (Object o :
        getEntityManager()
            .createNativeQuery(
                "select o.id, r.id as response_id, r.updated_at"
                    + EXPECTED
                    + " and r.status is distinct from 'SUBMITTED'"
                    + " order by lower(o.name), o.id limit ?3 offset ?4")
            .setParameter(1, surveyId)
            .setParameter(2, districtId)
            .setParameter(3, limit)
            .setParameter(4, offset)
            .getResultList()) {
      Object[] row = (Object[]) o;
      pending.add(new Pending((UUID) row[0], (UUID) row[1], instant(row[2])));
    }
    return pending;
  }

  public long countPending(UUID surveyId, UUID districtId) {
    return ((Number)
            getEntityManager()
                .createNativeQuery(
                    "select count(*)" + EXPECTED + " and r.status is distinct from 'SUBMITTED'")
                .setParameter(1, surveyId)
                .setParameter(2, districtId)
                .getSingleResult())
        .longValue();
  }

  /** Every organisation expected to answer that has not submitted (for reminders). */
  public Set<UUID> pendingIds(UUID surveyId, UUID districtId) {
    return Set.copyOf(
        getEntityManager()
            .createNativeQuery(
                "select o.id" + EXPECTED + " and r.status is distinct from 'SUBMITTED'", UUID.class)
            .setParameter(1, surveyId)
            .setParameter(2, districtId)
            .getResultList()
            .stream()
            .map(UUID.class::cast)
            .toList());
  }

  /** Published surveys due in (from, until]: their organisations get the automatic reminder. */
  public List<DueSurvey> surveysDueBetween(Instant from, Instant until) {
    List<DueSurvey> due = new ArrayList<>();
    for (Object o :
        getEntityManager()
            .createNativeQuery(
                "select id, plan_id, district_id, title, deadline from surveys"
                    + " where status = 'PUBLISHED' and deadline > ?1 and deadline <= ?2")
            .setParameter(1, from.atOffset(ZoneOffset.UTC))
            .setParameter(2, until.atOffset(ZoneOffset.UTC))
            .getResultList()) {
      Object[] row = (Object[]) o;
      due.add(
          new DueSurvey(
              (UUID) row[0], (UUID) row[1], (UUID) row[2], (String) row[3], instant(row[4])));
    }
    return due;
  }

  private List<Counts> grouped(String group, UUID surveyId, UUID districtId) {
    List<Counts> counts = new ArrayList<>();
    for (Object o :
        getEntityManager()
            .createNativeQuery(
                "select " + group + ", " + COUNTS + EXPECTED + " group by 1 order by 1 nulls last")
            .setParameter(1, surveyId)
            .setParameter(2, districtId)
            .getResultList()) {
      counts.add(counts((Object[]) o));
    }
    return counts;
  }

  private static Counts counts(Object[] row) {
    return new Counts(
        row[0] == null ? null : row[0].toString(),
        ((Number) row[1]).longValue(),
        ((Number) row[2]).longValue(),
        ((Number) row[3]).longValue(),
        ((Number) row[4]).longValue());
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }
}
