package it.zonale.synthesis;

import it.zonale.organization.OrganizationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The synthesis is a read model over the responses feature's tables: it aggregates {@code
 * survey_responses} and {@code survey_answers} (V018) with native SQL, so that no answer is loaded
 * into the JVM, only one row per question, matrix row and option. Only SUBMITTED responses count.
 * The queries group on columns and hash rather than sort (see {@link #figures} and V025's covering
 * index); SynthesisBenchmarkTest measures them on 10,000 responses. For the TABLE dimension it
 * joins the table feature's {@code table_memberships} and {@code thematic_tables} (an organisation
 * is at a table when it is a member of it), and the plan chapter lists a plan's surveys from {@code
 * surveys}: read-only uses, documented here.
 */
@ApplicationScoped
class SynthesisRepository {
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

  /** The organisation {@code o} of a response {@code r}: its kind, its name. */
  static final String ORGANIZATION_JOIN = " join organizations o on o.id = r.organization_id";

  /**
   * The answer rows {@code a} of the survey's submitted responses {@code r} (with their
   * organisation {@code o} when filtering by kind), as FROM and WHERE of a query. A plain join, not
   * a materialised CTE, so that PostgreSQL may scan and aggregate in parallel.
   */
  static String submittedAnswers(Filter f, Map<String, Object> params) {
    return submittedAnswers(f, params, false, "");
  }

  /**
   * @param organization whether to join the organisation {@code o} even without a kind filter
   * @param joins more joins, placed before the WHERE
   */
  static String submittedAnswers(
      Filter f, Map<String, Object> params, boolean organization, String joins) {
    return " from survey_answers a join survey_responses r on r.id = a.response_id"
        + (f.kind() == null && !organization ? "" : ORGANIZATION_JOIN)
        + " "
        + joins
        + " where a.survey_id = :survey and "
        + respondentFilter(f, params);
  }

  /** Conditions on {@code r} (and {@code o}): submitted responses of the survey, filtered. */
  private static String respondentFilter(Filter f, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder("r.survey_id = :survey and r.status = 'SUBMITTED'");
    params.put("survey", f.surveyId());
    if (f.kind() != null) {
      sql.append(" and o.kind = :kind");
      params.put("kind", f.kind().name());
    }
    if (f.subdistrictId() != null) {
      sql.append(" and r.subdistrict_id = :subdistrict");
      params.put("subdistrict", f.subdistrictId());
    }
    return sql.toString();
  }

  private Query query(String sql, Map<String, Object> params) {
    Query q = em.createNativeQuery(sql);
    params.forEach(q::setParameter);
    return q;
  }

  /**
   * Gives this transaction's aggregates enough memory to hash and sort in RAM (with the default 4
   * MB, the cross-tab's count(distinct) of 10,000 responses spilled to disk).
   */
  /**
   * What the synthesis of a survey is computed from, in one index-only read (V025): the survey's
   * version (definition, status) and its SUBMITTED responses, each counted by its id and version.
   * Every change to a response goes through its entity, whose @Version grows on each save, submit
   * and reopen, so any change to the set of submitted responses or to one of them changes the sum
   * of their (id, version) hashes; a reopen also lowers the count. The latest updated_at is kept
   * for reading. With {@code tables}, also the plan's table memberships (the TABLE cross-tab).
   * Empty when there is no such survey.
   */
  Optional<Freshness> freshness(UUID surveyId, boolean tables) {
    Map<String, Object> params = new LinkedHashMap<>();
    List<?> rows = query(freshnessSql(surveyId, tables, params), params).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    return Optional.of(
        new Freshness(
            ((Number) r[0]).longValue(),
            ((Number) r[1]).longValue(),
            (String) r[2],
            r[3] == null ? null : instant(r[3]),
            (String) r[4]));
  }

  static String freshnessSql(UUID surveyId, boolean tables, Map<String, Object> params) {
    params.put("survey", surveyId);
    return "select s.version, count(r.id),"
        + " cast(coalesce(sum(uuid_hash_extended(r.id, r.version)), 0) as text),"
        + " max(r.updated_at), "
        + (tables
            ? "(select count(*) || ':' || coalesce(sum(uuid_hash_extended(m.id, 0)), 0)"
                + " from table_memberships m join thematic_tables t on t.id = m.table_id"
                + " where t.plan_id = s.plan_id)"
            : "''")
        + " from surveys s left join survey_responses r"
        + " on r.survey_id = s.id and r.status = 'SUBMITTED'"
        + " where s.id = :survey group by s.id, s.version, s.plan_id";
  }

  /** See {@link #freshness}: equal when nothing the synthesis reads has changed. */
  record Freshness(
      long surveyVersion,
      long submitted,
      String versionsHash,
      Instant latestUpdate,
      String memberships) {}

  public void roomForAggregates() {
    em.createNativeQuery("select set_config('work_mem', '64MB', true)").getSingleResult();
  }

  /**
   * Respondents per sub-ambito (key null: no sub-ambito given; the sum is all respondents), and per
   * matrix how many of them answered any of its rows.
   */
  record Respondents(Map<UUID, Long> bySubdistrict, Map<String, Long> byMatrix) {
    long total() {
      return bySubdistrict.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * One pass over the survey's responses. A whole matrix counts an organisation once however many
   * rows it answered: per response, one probe of the primary key (response_id, question_key) for
   * its first row, instead of a count(distinct) over all the matrix's rows.
   */
  public Respondents respondents(Filter f, List<String> matrices) {
    Map<String, Object> params = new LinkedHashMap<>();
    String sql = respondentsSql(f, matrices, params);
    Map<UUID, Long> bySubdistrict = new LinkedHashMap<>();
    Map<String, Long> byMatrix = new HashMap<>();
    matrices.forEach(m -> byMatrix.put(m, 0L));
    for (Object row : query(sql, params).getResultList()) {
      Object[] r = (Object[]) row;
      bySubdistrict.put(
          r[0] == null ? null : UUID.fromString((String) r[0]), ((Number) r[1]).longValue());
      for (int i = 0; i < matrices.size(); i++) {
        byMatrix.merge(matrices.get(i), ((Number) r[2 + i]).longValue(), Long::sum);
      }
    }
    return new Respondents(bySubdistrict, byMatrix);
  }

  static String respondentsSql(Filter f, List<String> matrices, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder("select cast(r.subdistrict_id as text), count(*)");
    for (int i = 0; i < matrices.size(); i++) {
      sql.append(", count(*) filter (where (select true from survey_answers a")
          .append(" where a.response_id = r.id and a.question_key = :m")
          .append(i)
          .append(" limit 1))");
      params.put("m" + i, matrices.get(i));
    }
    return sql.append(" from survey_responses r")
        .append(f.kind() == null ? "" : ORGANIZATION_JOIN)
        .append(" where ")
        .append(respondentFilter(f, params))
        .append(" group by r.subdistrict_id")
        .toString();
  }

  /** The figures of a synthesis: per question and matrix row, and per option. */
  record Figures(List<Stats> stats, List<OptionCount> counts) {}

  /**
   * Every figure of the synthesis from one hashed pass over the answers, grouped on the columns
   * (question, matrix row, option). Instead of count(distinct response) and percentile_cont over
   * all rows, which need sorting 200,000 rows, it relies on V018's storage rules, which the
   * responses feature enforces (SurveyAnswers): a response has at most one row per question, matrix
   * row and option, and exactly one row with ordinal 0 per question and matrix row it answered. So:
   *
   * <ul>
   *   <li>organisations choosing an option = rows with it;
   *   <li>respondents of a question (matrix row) = rows with ordinal 0;
   *   <li>respondents of a whole matrix (any of its rows): from {@link #respondents};
   *   <li>mean = the exact numeric sum / count, as avg() computes it; min and max;
   *   <li>median: when every option of a row carries one value (choices and matrix columns), from
   *       that histogram exactly as percentile_cont computes it; otherwise (numbers, ratings)
   *       percentile_cont over those questions' rows only.
   * </ul>
   */
  public Figures figures(Filter f, Respondents respondents) {
    Map<String, Object> params = new LinkedHashMap<>();
    String sql = figuresSql(f, params);
    record Row(
        String question,
        String item,
        String option,
        boolean line,
        long count,
        long first,
        long n,
        Double mean,
        BigDecimal min,
        BigDecimal max) {}
    List<Row> rows = new ArrayList<>();
    for (Object o : query(sql, params).getResultList()) {
      Object[] r = (Object[]) o;
      rows.add(
          new Row(
              (String) r[0],
              r[1] == null ? "" : (String) r[1],
              (String) r[2],
              (Boolean) r[3],
              ((Number) r[4]).longValue(),
              ((Number) r[5]).longValue(),
              ((Number) r[6]).longValue(),
              dbl(r[7]),
              decimal(r[8]),
              decimal(r[9])));
    }
    // per question and matrix row: the values' histogram when each option carries one value
    Map<String, TreeMap<BigDecimal, Long>> histograms = new HashMap<>();
    Set<String> exactMedian = new LinkedHashSet<>();
    Set<String> matrices = respondents.byMatrix().keySet();
    List<OptionCount> counts = new ArrayList<>();
    for (Row r : rows) {
      if (r.line()) {
        continue;
      }
      if (r.option() != null) {
        counts.add(new OptionCount(r.question(), r.item(), r.option(), r.count()));
      }
      if (r.n() == 0) {
        continue;
      }
      String key = r.question() + "\u0000" + r.item();
      if (r.option() != null && r.min().compareTo(r.max()) == 0) {
        histograms.computeIfAbsent(key, k -> new TreeMap<>()).merge(r.min(), r.n(), Long::sum);
      } else {
        exactMedian.add(key);
      }
    }
    Map<String, Double> medians = new HashMap<>();
    histograms.forEach(
        (key, histogram) -> {
          if (!exactMedian.contains(key)) {
            medians.put(key, median(histogram));
          }
        });
    medians.putAll(percentiles(f, exactMedian));
    List<Stats> stats = new ArrayList<>();
    for (Row r : rows) {
      if (!r.line()) {
        continue;
      }
      String key = r.question() + "\u0000" + r.item();
      Stats s =
          new Stats(
              r.question(),
              r.item(),
              false,
              r.first(),
              r.n(),
              r.mean(),
              medians.get(key),
              asDouble(r.min()),
              asDouble(r.max()));
      stats.add(s);
      if (r.item().isEmpty() && !matrices.contains(r.question())) {
        // a question without rows is its only line
        stats.add(
            new Stats(
                s.question(),
                "",
                true,
                s.respondents(),
                s.n(),
                s.mean(),
                s.median(),
                s.min(),
                s.max()));
      }
    }
    for (String matrix : matrices) {
      // a whole matrix: how many answered any of its rows (its figures are per row)
      stats.add(
          new Stats(
              matrix, "", true, respondents.byMatrix().get(matrix), 0, null, null, null, null));
    }
    return new Figures(stats, counts);
  }

  /** The dates given to a DATE question: how many, the earliest and the latest. */
  record Dates(long n, LocalDate earliest, LocalDate latest) {}

  /** Per question key (of the given DATE questions), the dates its submitted answers give. */
  @SuppressWarnings("unchecked")
  public Map<String, Dates> dates(Filter f, List<String> keys) {
    Map<String, Dates> out = new HashMap<>();
    if (keys.isEmpty()) {
      return out;
    }
    Map<String, Object> params = new LinkedHashMap<>();
    String sql =
        "select a.question_key, count(a.date_value), min(a.date_value), max(a.date_value)"
            + submittedAnswers(f, params)
            + " and a.question_key in (:dateKeys) and a.date_value is not null"
            + " group by a.question_key";
    params.put("dateKeys", keys);
    for (Object o : query(sql, params).getResultList()) {
      Object[] r = (Object[]) o;
      out.put(
          (String) r[0], new Dates(((Number) r[1]).longValue(), localDate(r[2]), localDate(r[3])));
    }
    return out;
  }

  private static LocalDate localDate(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return LocalDate.parse(value.toString());
  }

  static String figuresSql(Filter f, Map<String, Object> params) {
    return "select x.q, x.i, x.o, grouping(x.o) = 1, sum(x.c), sum(x.c0), sum(x.nv),"
        + " cast(sum(x.s) / nullif(sum(x.nv), 0) as double precision), min(x.mn), max(x.mx)"
        + " from (select a.question_key as q, a.item_key as i, a.option_key as o, count(*) as c,"
        + " count(*) filter (where a.ordinal = 0) as c0, count(a.number_value) as nv,"
        + " sum(a.number_value) as s, min(a.number_value) as mn, max(a.number_value) as mx"
        + submittedAnswers(f, params)
        + " group by a.question_key, a.item_key, a.option_key) x"
        + " group by grouping sets ((x.q, x.i, x.o), (x.q, x.i))";
  }

  /** percentile_cont(0.5) of these questions (and matrix rows), over their rows only. */
  private Map<String, Double> percentiles(Filter f, Set<String> keys) {
    Map<String, Double> out = new HashMap<>();
    if (keys.isEmpty()) {
      return out;
    }
    Map<String, Object> params = new LinkedHashMap<>();
    StringBuilder lines = new StringBuilder();
    int i = 0;
    for (String key : keys) {
      String[] parts = key.split("\u0000", -1);
      lines.append(i == 0 ? "" : " or ");
      lines.append("(a.question_key = :pq").append(i).append(" and a.item_key = :pi").append(i);
      lines.append(")");
      params.put("pq" + i, parts[0]);
      params.put("pi" + i, parts[1]);
      i++;
    }
    String sql =
        "select a.question_key, a.item_key,"
            + " percentile_cont(0.5) within group (order by a.number_value)"
            + submittedAnswers(f, params)
            + " and a.number_value is not null and ("
            + lines
            + ") group by a.question_key, a.item_key";
    for (Object o : query(sql, params).getResultList()) {
      Object[] r = (Object[]) o;
      out.put(r[0] + "\u0000" + (r[1] == null ? "" : r[1]), dbl(r[2]));
    }
    return out;
  }

  /**
   * The median of a histogram (value -> how many), exactly as PostgreSQL's percentile_cont(0.5)
   * computes it: the values at rows floor and ceil of 0.5 (n - 1), as double precision, linearly
   * interpolated.
   */
  static Double median(TreeMap<BigDecimal, Long> histogram) {
    long n = histogram.values().stream().mapToLong(Long::longValue).sum();
    if (n == 0) {
      return null;
    }
    double position = 0.5 * (n - 1);
    long firstRow = (long) Math.floor(position);
    long secondRow = (long) Math.ceil(position);
    Double first = null;
    Double second = null;
    long seen = 0;
    for (Map.Entry<BigDecimal, Long> e : histogram.entrySet()) {
      long upTo = seen + e.getValue();
      if (first == null && firstRow < upTo) {
        first = asDouble(e.getKey());
      }
      if (second == null && secondRow < upTo) {
        second = asDouble(e.getKey());
        break;
      }
      seen = upTo;
    }
    double proportion = position - firstRow;
    return first + (proportion * (second - first));
  }

  /**
   * What a cross-tab groups: the category and dimension as columns of the answer rows (so that
   * PostgreSQL groups and sorts short values, not text built row by row), and how to turn the
   * grouped columns into the text keys of the result.
   *
   * @param categoryColumns one or two expressions over {@code a}, aliased c1 (and c2) in the query
   * @param categoryKey text key from {@code x.c1} (and {@code x.c2})
   * @param categoryPresent condition over {@code a}: rows without a category do not count
   * @param dimensionJoin joins that bring the dimension, over {@code a}, {@code r} and {@code o}
   * @param dimensionColumn expression giving the dimension value of a row
   * @param dimensionKey text key from {@code x.d}
   * @param organization whether the dimension needs the organisation {@code o}
   */
  record CrossSpec(
      List<String> categoryColumns,
      String categoryKey,
      String categoryPresent,
      String dimensionJoin,
      String dimensionColumn,
      String dimensionKey,
      boolean organization) {}

  /**
   * The counts of a cross-tab of a question: per (category, dimension), with the totals per
   * category, per dimension and overall (null = the total over it). A dimension with one value per
   * organisation (sub-ambito, kind) is counted in rows ({@link #crossCountsPerResponse}), any other
   * with count(distinct) ({@link #crossCounts(Filter, String, CrossSpec, Map)}).
   */
  List<CrossCount> crossCounts(
      Filter f, String question, CrosstabSql.Category category, CrosstabSql.Dimension dimension) {
    CrossSpec spec = CrosstabSql.spec(category, dimension);
    return dimension.onePerResponse()
        ? crossCountsPerResponse(f, question, spec, category.severalPerResponse())
        : crossCounts(f, question, spec, dimension.params());
  }

  /**
   * Counts of distinct organisations per (category, dimension), with the totals per category, per
   * dimension and overall (grouping sets; null = the total over it).
   */
  public List<CrossCount> crossCounts(
      Filter f, String question, CrossSpec spec, Map<String, Object> extraParams) {
    Map<String, Object> params = new LinkedHashMap<>();
    String sql = crossCountsSql(f, question, spec, params);
    params.putAll(extraParams);
    List<CrossCount> out = new ArrayList<>();
    for (Object row : query(sql, params).getResultList()) {
      Object[] r = (Object[]) row;
      out.add(new CrossCount((String) r[0], (String) r[1], ((Number) r[2]).longValue()));
    }
    return out;
  }

  static String crossCountsSql(
      Filter f, String question, CrossSpec spec, Map<String, Object> params) {
    params.put("question", question);
    StringBuilder keys = new StringBuilder();
    for (int i = 0; i < spec.categoryColumns().size(); i++) {
      keys.append(i == 0 ? "" : ", ").append("x.c").append(i + 1);
    }
    return "select case when grouping("
        + keys
        + ") = 0 then "
        + spec.categoryKey()
        + " end, case when grouping(x.d) = 0 then "
        + spec.dimensionKey()
        + " end, count(distinct x.rid) from (select "
        + categoryColumns(spec)
        + spec.dimensionColumn()
        + " as d, a.response_id as rid"
        + submittedAnswers(f, params, spec.organization(), spec.dimensionJoin())
        + " and a.question_key = :question and "
        + spec.categoryPresent()
        + ") x group by grouping sets (("
        + keys
        + ", x.d), ("
        + keys
        + "), (x.d), ())";
  }

  /**
   * The same counts as {@link #crossCounts} when the dimension is an attribute of the response
   * (sub-ambito, kind: exactly one value per organisation) and a response has at most one row per
   * category (an option, a rating, a matrix row's column: V018's storage rules). Then a cell is a
   * count of rows and a category's total the sum of its cells, from one hashed pass, without
   * count(distinct). A column's total counts each organisation once: the rows with ordinal 0 (one
   * per answered question), or for a matrix, whose organisations answer several rows, one probe of
   * the primary key per response.
   */
  public List<CrossCount> crossCountsPerResponse(
      Filter f, String question, CrossSpec spec, boolean matrix) {
    Map<String, Object> params = new LinkedHashMap<>();
    String sql = crossCountsPerResponseSql(f, question, spec, params);
    List<CrossCount> out = new ArrayList<>();
    Map<String, Long> rowTotals = new LinkedHashMap<>();
    // sorted as the grouping sets of crossCounts return them
    Map<String, Long> columnTotals = new TreeMap<>();
    for (Object row : query(sql, params).getResultList()) {
      Object[] r = (Object[]) row;
      String category = (String) r[0];
      String dimension = (String) r[1];
      long n = ((Number) r[2]).longValue();
      out.add(new CrossCount(category, dimension, n));
      rowTotals.merge(category, n, Long::sum);
      if (!matrix) {
        columnTotals.merge(dimension, ((Number) r[3]).longValue(), Long::sum);
      }
    }
    if (matrix) {
      Map<String, Object> p = new LinkedHashMap<>();
      for (Object row :
          query(respondentsPerDimensionSql(f, question, spec, p), p).getResultList()) {
        Object[] r = (Object[]) row;
        columnTotals.put((String) r[0], ((Number) r[1]).longValue());
      }
    }
    rowTotals.forEach((category, n) -> out.add(new CrossCount(category, null, n)));
    columnTotals.forEach((dimension, n) -> out.add(new CrossCount(null, dimension, n)));
    out.add(
        new CrossCount(
            null, null, columnTotals.values().stream().mapToLong(Long::longValue).sum()));
    return out;
  }

  /** Rows per (category, dimension), and per pair the rows with ordinal 0, in one hashed pass. */
  static String crossCountsPerResponseSql(
      Filter f, String question, CrossSpec spec, Map<String, Object> params) {
    params.put("question", question);
    return "select "
        + spec.categoryKey()
        + ", "
        + spec.dimensionKey()
        + ", x.n, x.first from (select "
        + categoryColumns(spec)
        + spec.dimensionColumn()
        + " as d, count(*) as n, count(*) filter (where a.ordinal = 0) as first"
        + submittedAnswers(f, params, spec.organization(), spec.dimensionJoin())
        + " and a.question_key = :question and "
        + spec.categoryPresent()
        + " group by "
        + String.join(", ", spec.categoryColumns())
        + ", "
        + spec.dimensionColumn()
        + ") x";
  }

  /**
   * Per dimension value, the respondents who answered any category of the question: one probe of
   * the primary key (response_id, question_key) per response.
   */
  static String respondentsPerDimensionSql(
      Filter f, String question, CrossSpec spec, Map<String, Object> params) {
    params.put("question", question);
    return "select "
        + spec.dimensionKey()
        + ", count(*) from (select "
        + spec.dimensionColumn()
        + " as d from survey_responses r"
        + (spec.organization() || f.kind() != null ? ORGANIZATION_JOIN : "")
        + " where "
        + respondentFilter(f, params)
        + " and (select true from survey_answers a where a.response_id = r.id"
        + " and a.question_key = :question and "
        + spec.categoryPresent()
        + " limit 1)) x group by x.d";
  }

  /** The category's expressions as the columns c1 (and c2) of an inner select, each with ", ". */
  private static String categoryColumns(CrossSpec spec) {
    StringBuilder columns = new StringBuilder();
    for (int i = 0; i < spec.categoryColumns().size(); i++) {
      columns.append(spec.categoryColumns().get(i)).append(" as c").append(i + 1).append(", ");
    }
    return columns.toString();
  }

  public long countTexts(Filter f, String question) {
    Map<String, Object> params = new LinkedHashMap<>();
    String sql =
        "select count(*)"
            + submittedAnswers(f, params)
            + " and a.question_key = :question and a.text_value is not null";
    params.put("question", question);
    return ((Number) query(sql, params).getSingleResult()).longValue();
  }

  public List<TextRow> texts(Filter f, String question, int limit, int offset) {
    Map<String, Object> params = new LinkedHashMap<>();
    String sql =
        "select cast(r.organization_id as text), o.name, cast(r.subdistrict_id as text),"
            + " a.text_value, r.submitted_at"
            + submittedAnswers(f, params, true, "")
            + " and a.question_key = :question and a.text_value is not null"
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

  /**
   * The latest change of what the public syntheses of a plan read: a survey that is not a draft
   * (published, closed, edited) or any response to one (submitted, edited, reopened; a draft's save
   * too, which only makes the time later than needed). Null when the plan has no such survey.
   */
  public Instant latestChangeOfPublishedSurveysOf(UUID planId) {
    Object at =
        em.createNativeQuery(
                "select greatest(max(s.updated_at), max(r.updated_at)) from surveys s"
                    + " left join survey_responses r on r.survey_id = s.id"
                    + " where s.plan_id = :plan and s.status <> 'DRAFT'")
            .setParameter("plan", planId)
            .getSingleResult();
    return instant(at);
  }

  /** The plan PostgreSQL runs for a query of this class: for the benchmark. */
  @SuppressWarnings("unchecked")
  List<String> explain(String sql, Map<String, Object> params) {
    return ((List<Object>) query("explain (analyze, buffers) " + sql, params).getResultList())
        .stream().map(String::valueOf).toList();
  }

  /** As PostgreSQL casts numeric to double precision: the nearest double to its decimal text. */
  private static Double asDouble(BigDecimal value) {
    return value == null ? null : Double.parseDouble(value.toPlainString());
  }

  private static BigDecimal decimal(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
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
