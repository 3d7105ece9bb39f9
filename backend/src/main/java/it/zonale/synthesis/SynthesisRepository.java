package it.zonale.synthesis;

import it.zonale.organization.OrganizationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The synthesis is a read model over the responses feature's tables: it aggregates {@code
 * survey_responses} and {@code survey_answers} (V018) with native SQL, so that no answer is loaded
 * into the JVM, only one row per question, matrix row and option. Only SUBMITTED responses count.
 * For the TABLE dimension it joins the table feature's {@code table_memberships} and {@code
 * thematic_tables} (an organisation is at a table when it is a member of it), and the plan chapter
 * lists a plan's surveys from {@code surveys}: read-only uses, documented here.
 */
@ApplicationScoped
public class SynthesisRepository {
  private final EntityManager em;

  public SynthesisRepository(EntityManager em) {
    this.em = em;
  }

  /** Who counts: the survey's submitted responses, narrowed by kind and sub-ambito. */
  record Filter(UUID surveyId, OrganizationKind kind, UUID subdistrictId) {}

  /** Per question (item "" and whole = true) and per matrix row: respondents and numeric stats. */
  record Stats(
      String question,
      String item,
      boolean whole,
      long respondents,
      long n,
      Double mean,
      Double median,
      Double min,
      Double max) {}

  /** How many organisations chose an option of a question (and a matrix row). */
  record OptionCount(String question, String item, String option, long count) {}

  /** A cell of a cross-tab; null category or dimension = the total over it. */
  record CrossCount(String category, String dimension, long count) {}

  record TextRow(
      UUID organizationId,
      String organizationName,
      UUID subdistrictId,
      String text,
      Instant submittedAt) {}

  private static String respondents(Filter f, Map<String, Object> params) {
    StringBuilder sql =
        new StringBuilder(
            "select r.id, r.organization_id, r.subdistrict_id, o.kind from survey_responses r"
                + " join organizations o on o.id = r.organization_id"
                + " where r.survey_id = :survey and r.status = 'SUBMITTED'");
    params.put("survey", f.surveyId());
    if (f.kind() != null) {
      sql.append(" and o.kind = :kind");
      params.put("kind", f.kind().name());
    }
    if (f.subdistrictId() != null) {
      sql.append(" and r.subdistrict_id = :subdistrict");
      params.put("subdistrict", f.subdistrictId());
    }
    return "with resp as materialized (" + sql + ") ";
  }

  private Query query(String sql, Map<String, Object> params) {
    Query q = em.createNativeQuery(sql);
    params.forEach(q::setParameter);
    return q;
  }

  /**
   * Gives this transaction's aggregates enough memory to sort in RAM: with the default 4 MB, the
   * count(distinct) of 10,000 responses spilled to disk (see SynthesisBenchmarkTest).
   */
  public void roomForAggregates() {
    em.createNativeQuery("select set_config('work_mem', '64MB', true)").getSingleResult();
  }

  public long countRespondents(Filter f) {
    Map<String, Object> params = new LinkedHashMap<>();
    String sql = respondents(f, params) + "select count(*) from resp";
    return ((Number) query(sql, params).getSingleResult()).longValue();
  }

  /** Respondents per sub-ambito (key null: no sub-ambito given). */
  public Map<UUID, Long> respondentsBySubdistrict(Filter f) {
    Map<String, Object> params = new LinkedHashMap<>();
    String sql =
        respondents(f, params)
            + "select cast(subdistrict_id as text), count(*) from resp group by subdistrict_id";
    Map<UUID, Long> out = new LinkedHashMap<>();
    for (Object row : query(sql, params).getResultList()) {
      Object[] r = (Object[]) row;
      out.put(r[0] == null ? null : UUID.fromString((String) r[0]), ((Number) r[1]).longValue());
    }
    return out;
  }

  public List<Stats> stats(Filter f) {
    Map<String, Object> params = new LinkedHashMap<>();
    String sql = statsSql(f, params);
    List<Stats> out = new ArrayList<>();
    for (Object row : query(sql, params).getResultList()) {
      Object[] r = (Object[]) row;
      out.add(
          new Stats(
              (String) r[0],
              r[1] == null ? "" : (String) r[1],
              (Boolean) r[2],
              ((Number) r[3]).longValue(),
              ((Number) r[4]).longValue(),
              dbl(r[5]),
              dbl(r[6]),
              dbl(r[7]),
              dbl(r[8])));
    }
    return out;
  }

  static String statsSql(Filter f, Map<String, Object> params) {
    return respondents(f, params)
        + "select a.question_key, a.item_key, grouping(a.item_key) = 1,"
        + " count(distinct a.response_id), count(a.number_value),"
        + " cast(avg(a.number_value) as double precision),"
        + " percentile_cont(0.5) within group (order by a.number_value),"
        + " cast(min(a.number_value) as double precision),"
        + " cast(max(a.number_value) as double precision)"
        + " from survey_answers a join resp on resp.id = a.response_id"
        + " where a.survey_id = :survey"
        + " group by grouping sets ((a.question_key), (a.question_key, a.item_key))";
  }

  static String optionCountsSql(Filter f, Map<String, Object> params) {
    return respondents(f, params)
        + "select a.question_key, a.item_key, a.option_key, count(distinct a.response_id)"
        + " from survey_answers a join resp on resp.id = a.response_id"
        + " where a.survey_id = :survey and a.option_key is not null"
        + " group by a.question_key, a.item_key, a.option_key";
  }

  public List<OptionCount> optionCounts(Filter f) {
    Map<String, Object> params = new LinkedHashMap<>();
    String sql = optionCountsSql(f, params);
    List<OptionCount> out = new ArrayList<>();
    for (Object row : query(sql, params).getResultList()) {
      Object[] r = (Object[]) row;
      out.add(
          new OptionCount(
              (String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue()));
    }
    return out;
  }

  /**
   * Counts of distinct organisations per (category, dimension), with the totals per category, per
   * dimension and overall (grouping sets; null = the total over it).
   *
   * @param category SQL expression over {@code a} (the answer row) giving the category
   * @param dimensionJoin joins that bring a {@code dim} text column for each answer row
   * @param dimension SQL expression giving the dimension value
   */
  public List<CrossCount> crossCounts(
      Filter f,
      String question,
      String category,
      String dimensionJoin,
      String dimension,
      Map<String, Object> extraParams) {
    Map<String, Object> params = new LinkedHashMap<>();
    String sql = crossCountsSql(f, question, category, dimensionJoin, dimension, params);
    params.putAll(extraParams);
    List<CrossCount> out = new ArrayList<>();
    for (Object row : query(sql, params).getResultList()) {
      Object[] r = (Object[]) row;
      out.add(new CrossCount((String) r[0], (String) r[1], ((Number) r[2]).longValue()));
    }
    return out;
  }

  static String crossCountsSql(
      Filter f,
      String question,
      String category,
      String dimensionJoin,
      String dimension,
      Map<String, Object> params) {
    params.put("question", question);
    return respondents(f, params)
        + "select cat, dim, count(distinct response_id) from ("
        + " select "
        + category
        + " as cat, "
        + dimension
        + " as dim, a.response_id"
        + " from survey_answers a join resp on resp.id = a.response_id "
        + dimensionJoin
        + " where a.survey_id = :survey and a.question_key = :question) x"
        + " where cat is not null"
        + " group by grouping sets ((cat, dim), (cat), (dim), ())";
  }

  public long countTexts(Filter f, String question) {
    Map<String, Object> params = new LinkedHashMap<>();
    String sql =
        respondents(f, params)
            + "select count(*) from survey_answers a join resp on resp.id = a.response_id"
            + " where a.survey_id = :survey and a.question_key = :question"
            + " and a.text_value is not null";
    params.put("question", question);
    return ((Number) query(sql, params).getSingleResult()).longValue();
  }

  public List<TextRow> texts(Filter f, String question, int limit, int offset) {
    Map<String, Object> params = new LinkedHashMap<>();
    String sql =
        respondents(f, params)
            + "select cast(r.organization_id as text), o.name, cast(r.subdistrict_id as text),"
            + " a.text_value, r.submitted_at"
            + " from survey_answers a join resp on resp.id = a.response_id"
            + " join survey_responses r on r.id = a.response_id"
            + " join organizations o on o.id = r.organization_id"
            + " where a.survey_id = :survey and a.question_key = :question"
            + " and a.text_value is not null"
            + " order by r.submitted_at, r.id, a.item_key, a.ordinal"
            + " limit :limit offset :offset";
    params.put("question", question);
    params.put("limit", limit);
    params.put("offset", offset);
    List<TextRow> out = new ArrayList<>();
    for (Object row : query(sql, params).getResultList()) {
      Object[] r = (Object[]) row;
      out.add(
          new TextRow(
              UUID.fromString((String) r[0]),
              (String) r[1],
              r[2] == null ? null : UUID.fromString((String) r[2]),
              (String) r[3],
              instant(r[4])));
    }
    return out;
  }

  /** The plan's surveys that have been published (drafts have no answers to synthesise). */
  @SuppressWarnings("unchecked")
  public List<UUID> publishedSurveysOf(UUID planId) {
    List<Object> ids =
        em.createNativeQuery(
                "select cast(id as text) from surveys where plan_id = :plan"
                    + " and status <> 'DRAFT' order by published_at, id")
            .setParameter("plan", planId)
            .getResultList();
    return ids.stream().map(id -> UUID.fromString((String) id)).toList();
  }

  /** The plan PostgreSQL runs for a query of this class: for the benchmark. */
  @SuppressWarnings("unchecked")
  List<String> explain(String sql, Map<String, Object> params) {
    return ((List<Object>) query("explain (analyze, buffers) " + sql, params).getResultList())
        .stream().map(String::valueOf).toList();
  }

  private static Double dbl(Object value) {
    return value == null ? null : ((Number) value).doubleValue();
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    return null;
  }
}
