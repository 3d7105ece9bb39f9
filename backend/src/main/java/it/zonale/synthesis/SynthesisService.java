package it.zonale.synthesis;

import it.zonale.district.District;
import it.zonale.district.DistrictApi;
import it.zonale.district.Municipality;
import it.zonale.district.Subdistrict;
import it.zonale.organization.OrganizationKind;
import it.zonale.policyarea.PolicyArea;
import it.zonale.policyarea.PolicyAreaApi;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.web.PageQuery;
import it.zonale.survey.ChoiceOption;
import it.zonale.survey.MatrixRow;
import it.zonale.survey.QuestionType;
import it.zonale.survey.SurveyApi;
import it.zonale.survey.SurveyQuestion;
import it.zonale.survey.SurveyRef;
import it.zonale.survey.SurveySection;
import it.zonale.table.Table;
import it.zonale.table.TableApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The synthesis of a needs survey: figures per question, cross-tabulations and context data, all
 * aggregated in SQL by {@link SynthesisRepository}. The plan office of the survey's ambito sees
 * every figure and the free texts; anyone else who may read the survey sees aggregates with small
 * cells suppressed ({@link Suppression}).
 */
@ApplicationScoped
class SynthesisService {
  static final String SOURCE_ANSWERS =
      "Fonte: rilevazione dei bisogni, risposte inviate; elaborazione Zonale. Celle con meno di 3"
          + " organizzazioni soppresse nella vista pubblica.";

  private final SynthesisRepository repository;
  private final SurveyApi surveys;
  private final DistrictApi districts;
  private final TableApi tables;
  private final PolicyAreaApi policyAreas;
  private final CurrentUser user;
  private final SynthesisCache cache;

  public SynthesisService(
      SynthesisCache cache,
      SynthesisRepository repository,
      SurveyApi surveys,
      DistrictApi districts,
      TableApi tables,
      PolicyAreaApi policyAreas,
      CurrentUser user) {
    this.cache = cache;
    this.repository = repository;
    this.surveys = surveys;
    this.districts = districts;
    this.tables = tables;
    this.policyAreas = policyAreas;
    this.user = user;
  }

  /** A survey with the view its caller gets. */
  record Scope(SurveyRef survey, boolean full) {}

  Scope scope(UUID surveyId, boolean forcePublic) {
    SurveyRef survey = surveys.readableSurvey(surveyId);
    return new Scope(survey, !forcePublic && user.managesDistrict(survey.districtId()));
  }

  /**
   * @throws DomainException.NotFound survey-not-found
   */
  @Transactional
  public SurveySynthesis synthesis(UUID surveyId, SynthesisQuery query) {
    return cachedSynthesis(surveyId, false, query);
  }

  /** The public view (aggregates, suppression on) whoever asks: for the plan document. */
  @Transactional
  public SurveySynthesis publicSynthesis(UUID surveyId) {
    return cachedSynthesis(surveyId, true, SynthesisQuery.none());
  }

  /**
   * The freshness is read before the survey and its answers, so a value is never older than the key
   * it is kept under (it may only be newer, and then the next request misses and recomputes).
   */
  private SurveySynthesis cachedSynthesis(UUID surveyId, boolean forcePublic, SynthesisQuery q) {
    Optional<SynthesisRepository.Freshness> freshness = repository.freshness(surveyId, false);
    Scope scope = scope(surveyId, forcePublic);
    if (freshness.isEmpty()) {
      return synthesis(scope, q);
    }
    return cache.get(
        SynthesisCache.Key.of(surveyId, freshness.get(), scope.full(), null, null, q),
        () -> synthesis(scope, q));
  }

  @Transactional
  public List<UUID> publishedSurveysOf(UUID planId) {
    return repository.publishedSurveysOf(planId);
  }

  SurveySynthesis synthesis(Scope scope, SynthesisQuery query) {
    SurveyRef survey = scope.survey();
    boolean full = scope.full();
    SynthesisRepository.Filter filter =
        new SynthesisRepository.Filter(survey.id(), query.kind, query.subdistrictId);
    repository.roomForAggregates();
    List<String> matrices =
        survey
            .definition()
            .questions()
            .filter(q -> q.type() == QuestionType.MATRIX)
            .map(SurveyQuestion::key)
            .toList();
    SynthesisRepository.Respondents respondents = repository.respondents(filter, matrices);
    long total = respondents.total();
    SynthesisRepository.Figures figures = repository.figures(filter, respondents);
    Map<String, SynthesisRepository.Stats> stats = new HashMap<>();
    for (SynthesisRepository.Stats s : figures.stats()) {
      stats.put(s.whole() ? s.question() : s.question() + "\u0000" + s.item(), s);
    }
    Map<String, Long> counts = new HashMap<>();
    for (SynthesisRepository.OptionCount c : figures.counts()) {
      counts.put(c.question() + "\u0000" + c.item() + "\u0000" + c.option(), c.count());
    }
    List<SurveySynthesis.QuestionSynthesis> questions = new ArrayList<>();
    for (SurveySection section : survey.definition().sections()) {
      for (SurveyQuestion q : section.questions()) {
        List<MatrixRow> rows = selectedRows(q, query);
        if (rows == null) {
          continue;
        }
        questions.add(question(section, q, rows, stats, counts, full));
      }
    }
    boolean totalHidden = !full && Suppression.tooSmall(total);
    return new SurveySynthesis(
        survey.id(),
        survey.planId(),
        survey.title(),
        full,
        Suppression.MIN_CELL,
        new SurveySynthesis.Filters(
            query.tableId, query.policyAreaId, query.subdistrictId, query.kind),
        totalHidden ? null : total,
        totalHidden,
        List.copyOf(questions),
        context(survey, respondents.bySubdistrict(), full),
        SOURCE_ANSWERS);
  }

  /**
   * The matrix rows to show of a question that the filters select (all rows, or the ones of the
   * policy area; an empty list for other types), or null when the question is not selected.
   */
  private static List<MatrixRow> selectedRows(SurveyQuestion q, SynthesisQuery query) {
    List<MatrixRow> rows = q.rows() == null ? List.of() : q.rows();
    if (query.tableId != null && !query.tableId.equals(q.tableId())) {
      return null;
    }
    if (query.policyAreaId != null && !query.policyAreaId.equals(q.policyAreaId())) {
      if (q.type() != QuestionType.MATRIX) {
        return null;
      }
      List<MatrixRow> tied =
          rows.stream().filter(r -> query.policyAreaId.equals(r.policyAreaId())).toList();
      return tied.isEmpty() ? null : tied;
    }
    return rows;
  }

  private static SurveySynthesis.QuestionSynthesis question(
      SurveySection section,
      SurveyQuestion q,
      List<MatrixRow> rows,
      Map<String, SynthesisRepository.Stats> stats,
      Map<String, Long> counts,
      boolean full) {
    SynthesisRepository.Stats whole = stats.get(q.key());
    long respondents = whole == null ? 0 : whole.respondents();
    boolean hidden = !full && Suppression.tooSmall(respondents);
    List<SurveySynthesis.OptionFigure> options = List.of();
    SurveySynthesis.NumberStats numbers = null;
    List<SurveySynthesis.MatrixRowFigure> matrix = List.of();
    switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE ->
          options = distribution(q, "", respondents, counts, full);
      case NUMBER, RATING -> numbers = numbers(whole, full);
      case MATRIX -> {
        List<SurveySynthesis.MatrixRowFigure> figures = new ArrayList<>();
        for (MatrixRow row : rows) {
          SynthesisRepository.Stats s = stats.get(q.key() + "\u0000" + row.key());
          long n = s == null ? 0 : s.respondents();
          boolean rowHidden = !full && Suppression.tooSmall(n);
          figures.add(
              new SurveySynthesis.MatrixRowFigure(
                  row.key(),
                  row.label(),
                  row.policyAreaId(),
                  rowHidden ? null : n,
                  rowHidden,
                  distribution(q, row.key(), n, counts, full),
                  numbers(s, full)));
        }
        matrix = List.copyOf(figures);
      }
      default -> {
        // texts and dates: the number of answers only
      }
    }
    return new SurveySynthesis.QuestionSynthesis(
        q.key(),
        q.type(),
        q.title(),
        section.title(),
        q.tableId(),
        q.policyAreaId(),
        q.unit(),
        hidden ? null : respondents,
        hidden,
        options,
        numbers,
        matrix);
  }

  /**
   * Count and share per option. n stays visible when it is 3 or more: the shares would reveal it
   * anyway; the complementary suppression keeps a lone small cell from being n minus the others.
   */
  private static List<SurveySynthesis.OptionFigure> distribution(
      SurveyQuestion q, String item, long n, Map<String, Long> counts, boolean full) {
    List<ChoiceOption> options = q.options() == null ? List.of() : q.options();
    long[][] line = new long[1][options.size()];
    for (int i = 0; i < options.size(); i++) {
      line[0][i] =
          counts.getOrDefault(q.key() + "\u0000" + item + "\u0000" + options.get(i).key(), 0L);
    }
    boolean[][] hidden = full ? new boolean[1][options.size()] : Suppression.protect(line);
    List<SurveySynthesis.OptionFigure> out = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      ChoiceOption o = options.get(i);
      boolean h = hidden[0][i];
      long c = line[0][i];
      out.add(
          new SurveySynthesis.OptionFigure(
              o.key(),
              o.label(),
              o.value() == null ? null : o.value().doubleValue(),
              h ? null : c,
              h || n == 0 ? null : (double) c / n,
              h));
    }
    return List.copyOf(out);
  }

  private static SurveySynthesis.NumberStats numbers(SynthesisRepository.Stats s, boolean full) {
    long n = s == null ? 0 : s.n();
    if (!full && Suppression.tooSmall(n)) {
      return new SurveySynthesis.NumberStats(null, null, null, null, null, true);
    }
    return s == null
        ? new SurveySynthesis.NumberStats(0L, null, null, null, null, false)
        : new SurveySynthesis.NumberStats(n, s.mean(), s.median(), s.min(), s.max(), false);
  }

  /** Population and comuni per sub-ambito, with the responding organisations there. */
  private SynthesisContext context(SurveyRef survey, Map<UUID, Long> bySubdistrict, boolean full) {
    District district = districts.getDistrict(survey.districtId());
    List<Municipality> comuni = districts.municipalitiesOf(survey.districtId());
    List<Subdistrict> subs = district.subdistricts();
    long[][] line = new long[1][subs.size()];
    for (int i = 0; i < subs.size(); i++) {
      line[0][i] = bySubdistrict.getOrDefault(subs.get(i).id(), 0L);
    }
    boolean[][] hidden = full ? new boolean[1][subs.size()] : Suppression.protect(line);
    List<SynthesisContext.Row> rows = new ArrayList<>();
    for (int i = 0; i < subs.size(); i++) {
      Subdistrict sub = subs.get(i);
      rows.add(
          contextRow(
              sub.id(),
              sub.name(),
              comuni.stream().filter(m -> sub.id().equals(m.subdistrictId())).toList(),
              hidden[0][i] ? null : line[0][i]));
    }
    long all = bySubdistrict.values().stream().mapToLong(Long::longValue).sum();
    SynthesisContext.Row total =
        contextRow(null, district.name(), comuni, !full && Suppression.tooSmall(all) ? null : all);
    return new SynthesisContext(
        List.copyOf(rows), total, SynthesisContext.SOURCE, SynthesisContext.UNAVAILABLE);
  }

  private static SynthesisContext.Row contextRow(
      UUID id, String name, List<Municipality> comuni, Long respondents) {
    long population = comuni.stream().mapToLong(Municipality::population).sum();
    List<Municipality> small = comuni.stream().filter(m -> m.population() < 5000).toList();
    long smallPopulation = small.stream().mapToLong(Municipality::population).sum();
    return new SynthesisContext.Row(
        id,
        name,
        population,
        comuni.size(),
        small.size(),
        smallPopulation,
        population == 0 ? null : (double) smallPopulation / population,
        respondents,
        respondents == null);
  }

  /**
   * The free-text answers to a question, for the plan office of the survey's ambito only.
   *
   * @throws DomainException.NotFound survey-not-found, survey-question-not-found
   * @throws DomainException.Forbidden not-plan-office
   */
  @Transactional
  public SynthesisText.Page texts(UUID surveyId, String key, SynthesisQuery query, PageQuery page) {
    Scope scope = scope(surveyId, false);
    if (!scope.full()) {
      throw DomainException.Forbidden.of(
          "not-plan-office", "Only the plan office of the ambito reads the answers' texts.");
    }
    SurveyQuestion q =
        scope
            .survey()
            .definition()
            .question(key)
            .orElseThrow(() -> DomainException.NotFound.of("survey-question", key));
    if (q.type() != QuestionType.SHORT_TEXT && q.type() != QuestionType.LONG_TEXT) {
      throw DomainException.InvalidInput.of(
          "key", FieldCode.NOT_ALLOWED, "Only text questions have texts to read.");
    }
    SynthesisRepository.Filter filter =
        new SynthesisRepository.Filter(surveyId, query.kind, query.subdistrictId);
    List<SynthesisText> items =
        repository.texts(filter, key, page.limit, page.offset).stream()
            .map(
                t ->
                    new SynthesisText(
                        t.organizationId(),
                        t.organizationName(),
                        t.subdistrictId(),
                        t.text(),
                        t.submittedAt()))
            .toList();
    return new SynthesisText.Page(
        items, page.limit, page.offset, repository.countTexts(filter, key));
  }

  /**
   * A question crossed with a dimension of the respondents.
   *
   * @throws DomainException.NotFound survey-not-found
   * @throws DomainException.InvalidInput unknown question, a question without categories
   */
  @Transactional
  public SynthesisCrosstab crosstab(
      UUID surveyId, String key, CrosstabDimension by, SynthesisQuery query) {
    Optional<SynthesisRepository.Freshness> freshness =
        repository.freshness(surveyId, by == CrosstabDimension.TABLE);
    Scope scope = scope(surveyId, false);
    if (freshness.isEmpty()) {
      return crosstab(scope, key, by, query);
    }
    return cache.get(
        SynthesisCache.Key.of(surveyId, freshness.get(), scope.full(), key, by, query),
        () -> crosstab(scope, key, by, query));
  }

  private SynthesisCrosstab crosstab(
      Scope scope, String key, CrosstabDimension by, SynthesisQuery query) {
    UUID surveyId = scope.survey().id();
    SurveyRef survey = scope.survey();
    SurveyQuestion q =
        survey
            .definition()
            .question(key)
            .orElseThrow(
                () ->
                    DomainException.InvalidInput.of(
                        "question",
                        FieldCode.UNKNOWN_REFERENCE,
                        "The survey has no such question."));
    boolean matrix = q.type() == QuestionType.MATRIX;
    List<ChoiceOption> options = q.options() == null ? List.of() : q.options();
    List<MatrixRow> matrixRows = q.rows() == null ? List.of() : q.rows();

    // the answer categories (rows of the cross-tab)
    LinkedHashMap<String, String> categories = new LinkedHashMap<>();
    List<String> category;
    String categoryKey = "x.c1";
    String categoryPresent = "a.option_key is not null";
    switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        options.forEach(o -> categories.put(o.key(), o.label()));
        category = List.of("a.option_key");
      }
      case RATING -> {
        if (q.min() != null && q.max() != null) {
          for (BigDecimal v = q.min(); v.compareTo(q.max()) <= 0; v = v.add(BigDecimal.ONE)) {
            String point = v.stripTrailingZeros().toPlainString();
            categories.put(point, point);
            if (categories.size() > 100) {
              break;
            }
          }
        }
        category = List.of("a.number_value");
        categoryKey = "cast(trim_scale(x.c1) as text)";
        categoryPresent = "a.number_value is not null";
      }
      case MATRIX -> {
        if (by == CrosstabDimension.POLICY_AREA) {
          options.forEach(o -> categories.put(o.key(), o.label()));
          category = List.of("a.option_key");
        } else {
          for (MatrixRow r : matrixRows) {
            options.forEach(
                o -> categories.put(r.key() + "|" + o.key(), r.label() + ": " + o.label()));
          }
          category = List.of("a.item_key", "a.option_key");
          categoryKey = "x.c1 || '|' || x.c2";
        }
      }
      default ->
          throw DomainException.InvalidInput.of(
              "question",
              FieldCode.NOT_ALLOWED,
              "Only choice, rating and matrix questions can be cross-tabulated.");
    }

    // the dimension (columns)
    LinkedHashMap<String, String> columns = new LinkedHashMap<>();
    Map<String, Object> params = new LinkedHashMap<>();
    String join = "";
    String dimension;
    String dimensionKey = "cast(x.d as text)";
    switch (by) {
      case SUBDISTRICT -> {
        districts
            .getDistrict(survey.districtId())
            .subdistricts()
            .forEach(s -> columns.put(s.id().toString(), s.name()));
        dimension = "r.subdistrict_id";
        // "" when the organisation gave no sub-ambito
        dimensionKey = "coalesce(cast(x.d as text), '')";
      }
      case KIND -> {
        for (OrganizationKind k : OrganizationKind.values()) {
          columns.put(k.name(), SynthesisLabels.kind(k));
        }
        dimension = "o.kind";
      }
      case TABLE -> {
        for (Table t : tables.tablesOfPlan(survey.planId())) {
          columns.put(t.id().toString(), t.name());
        }
        join =
            "join table_memberships m on m.organization_id = r.organization_id"
                + " join thematic_tables t on t.id = m.table_id and t.plan_id = :plan";
        params.put("plan", survey.planId());
        dimension = "m.table_id";
      }
      case POLICY_AREA -> {
        Set<UUID> areas = new LinkedHashSet<>();
        if (matrix) {
          matrixRows.stream()
              .map(MatrixRow::policyAreaId)
              .filter(Objects::nonNull)
              .forEach(areas::add);
          if (areas.isEmpty()) {
            throw noPolicyArea();
          }
          StringBuilder values = new StringBuilder();
          int i = 0;
          for (MatrixRow r : matrixRows) {
            if (r.policyAreaId() == null) {
              continue;
            }
            values.append(i == 0 ? "" : ", ").append("(cast(:i").append(i).append(" as text),");
            values.append(" cast(:a").append(i).append(" as text))");
            params.put("i" + i, r.key());
            params.put("a" + i, r.policyAreaId().toString());
            i++;
          }
          join = "join (values " + values + ") as d(item_key, dim) on d.item_key = a.item_key";
          dimension = "d.dim";
        } else {
          if (q.policyAreaId() == null) {
            throw noPolicyArea();
          }
          areas.add(q.policyAreaId());
          params.put("area", q.policyAreaId().toString());
          dimension = "cast(:area as text)";
        }
        for (PolicyArea area : policyAreas.byIds(areas)) {
          columns.put(area.id().toString(), area.name());
        }
      }
      default -> throw new IllegalStateException();
    }

    SynthesisRepository.Filter filter =
        new SynthesisRepository.Filter(surveyId, query.kind, query.subdistrictId);
    repository.roomForAggregates();
    Map<String, Long> cells = new HashMap<>();
    Map<String, Long> rowTotals = new HashMap<>();
    Map<String, Long> columnTotals = new HashMap<>();
    long grand = 0;
    SynthesisRepository.CrossSpec spec =
        new SynthesisRepository.CrossSpec(
            category,
            categoryKey,
            categoryPresent,
            join,
            dimension,
            dimensionKey,
            by == CrosstabDimension.KIND);
    // a sub-ambito or kind is one value per organisation: counts without count(distinct)
    boolean perResponse = by == CrosstabDimension.SUBDISTRICT || by == CrosstabDimension.KIND;
    for (SynthesisRepository.CrossCount c :
        perResponse
            ? repository.crossCountsPerResponse(filter, key, spec, matrix)
            : repository.crossCounts(filter, key, spec, params)) {
      if (c.category() == null && c.dimension() == null) {
        grand = c.count();
      } else if (c.category() == null) {
        columnTotals.put(c.dimension(), c.count());
        if (!columns.containsKey(c.dimension())) {
          columns.put(c.dimension(), c.dimension().isEmpty() ? "—" : c.dimension());
        }
      } else if (c.dimension() == null) {
        rowTotals.put(c.category(), c.count());
        categories.putIfAbsent(c.category(), c.category());
      } else {
        cells.put(c.category() + "\u0000" + c.dimension(), c.count());
      }
    }
    if (by == CrosstabDimension.KIND) {
      // every kind is a column only when someone of that kind answered
      columns.keySet().removeIf(k -> !columnTotals.containsKey(k));
    }
    List<String> catKeys = new ArrayList<>(categories.keySet());
    List<String> colKeys = new ArrayList<>(columns.keySet());
    long[][] counts = new long[catKeys.size()][colKeys.size()];
    for (int r = 0; r < catKeys.size(); r++) {
      for (int c = 0; c < colKeys.size(); c++) {
        counts[r][c] = cells.getOrDefault(catKeys.get(r) + "\u0000" + colKeys.get(c), 0L);
      }
    }
    boolean full = scope.full();
    boolean[][] hidden =
        full ? new boolean[catKeys.size()][colKeys.size()] : Suppression.protect(counts);
    List<SynthesisCrosstab.Column> cols = new ArrayList<>();
    for (int c = 0; c < colKeys.size(); c++) {
      long t = columnTotals.getOrDefault(colKeys.get(c), 0L);
      boolean h = false;
      if (!full) {
        h = Suppression.tooSmall(t);
        for (boolean[] row : hidden) {
          h |= row[c];
        }
      }
      cols.add(
          new SynthesisCrosstab.Column(
              colKeys.get(c), columns.get(colKeys.get(c)), h ? null : t, h));
    }
    List<SynthesisCrosstab.Row> rows = new ArrayList<>();
    for (int r = 0; r < catKeys.size(); r++) {
      List<SynthesisCrosstab.Cell> line = new ArrayList<>();
      for (int c = 0; c < colKeys.size(); c++) {
        line.add(new SynthesisCrosstab.Cell(hidden[r][c] ? null : counts[r][c], hidden[r][c]));
      }
      line = List.copyOf(line);
      long t = rowTotals.getOrDefault(catKeys.get(r), 0L);
      boolean h = !full && (Suppression.tooSmall(t) || Suppression.anyIn(hidden[r]));
      rows.add(
          new SynthesisCrosstab.Row(
              catKeys.get(r), categories.get(catKeys.get(r)), line, h ? null : t, h));
    }
    boolean grandHidden = !full && Suppression.tooSmall(grand);
    return new SynthesisCrosstab(
        surveyId,
        key,
        q.title(),
        by,
        full,
        List.copyOf(cols),
        List.copyOf(rows),
        grandHidden ? null : grand,
        grandHidden,
        SOURCE_ANSWERS);
  }

  private static DomainException noPolicyArea() {
    return DomainException.InvalidInput.of(
        "by", FieldCode.NOT_ALLOWED, "The question is not tied to any policy area.");
  }
}
