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
  public java.util.Optional<java.time.Instant> publicSynthesesOfPlanChangedAt(UUID planId) {
    return java.util.Optional.ofNullable(repository.latestChangeOfPublishedSurveysOf(planId));
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
    Map<String, SynthesisRepository.Dates> dates =
        repository.dates(
            filter,
            survey
                .definition()
                .questions()
                .filter(q -> q.type() == QuestionType.DATE)
                .map(SurveyQuestion::key)
                .toList());
    List<SurveySynthesis.QuestionSynthesis> questions = new ArrayList<>();
    for (SurveySection section : survey.definition().sections()) {
      for (SurveyQuestion q : section.questions()) {
        List<MatrixRow> rows = selectedRows(q, query);
        if (rows == null) {
          continue;
        }
        questions.add(question(section, q, rows, stats, counts, dates.get(q.key()), full));
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
      SynthesisRepository.Dates dates,
      boolean full) {
    SynthesisRepository.Stats whole = stats.get(q.key());
    long respondents = whole == null ? 0 : whole.respondents();
    boolean hidden = !full && Suppression.tooSmall(respondents);
    List<SurveySynthesis.OptionFigure> options = List.of();
    SurveySynthesis.NumberStats numbers = null;
    List<SurveySynthesis.MatrixRowFigure> matrix = List.of();
    SurveySynthesis.DateRange range = null;
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
      case DATE -> range = dateRange(dates, full);
      default -> {
        // texts: the number of answers only
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
        matrix,
        range);
  }

  /** The earliest and latest date, hidden like a number's minimum and maximum. */
  private static SurveySynthesis.DateRange dateRange(SynthesisRepository.Dates d, boolean full) {
    long n = d == null ? 0 : d.n();
    if (!full && Suppression.tooSmall(n)) {
      return new SurveySynthesis.DateRange(null, null, null, true);
    }
    return d == null
        ? new SurveySynthesis.DateRange(0L, null, null, false)
        : new SurveySynthesis.DateRange(n, d.earliest(), d.latest(), false);
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
    Axis<CrosstabSql.Category> categories = categories(q, by);
    Axis<CrosstabSql.Dimension> columns = columns(survey, q, by);
    SynthesisRepository.Filter filter =
        new SynthesisRepository.Filter(survey.id(), query.kind, query.subdistrictId);
    repository.roomForAggregates();
    List<SynthesisRepository.CrossCount> counts =
        repository.crossCounts(filter, key, categories.sql(), columns.sql());
    // every kind is a column only when someone of that kind answered
    CrosstabTable.View view =
        new CrosstabTable(
                categories.labels(), columns.labels(), counts, by == CrosstabDimension.KIND)
            .view(scope.full());
    return new SynthesisCrosstab(
        survey.id(),
        key,
        q.title(),
        by,
        scope.full(),
        view.columns(),
        view.rows(),
        view.total(),
        view.totalSuppressed(),
        SOURCE_ANSWERS);
  }

  /** One side of a cross-tab: its keys and labels in order, and the SQL piece that groups it. */
  private record Axis<T>(T sql, Map<String, String> labels) {}

  /** The answer categories (rows of the cross-tab) of a question. */
  private static Axis<CrosstabSql.Category> categories(SurveyQuestion q, CrosstabDimension by) {
    List<ChoiceOption> options = q.options() == null ? List.of() : q.options();
    Map<String, String> labels = new LinkedHashMap<>();
    switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        options.forEach(o -> labels.put(o.key(), o.label()));
        return new Axis<>(CrosstabSql.Category.OPTION, labels);
      }
      case RATING -> {
        if (q.min() != null && q.max() != null) {
          for (BigDecimal v = q.min(); v.compareTo(q.max()) <= 0; v = v.add(BigDecimal.ONE)) {
            String point = v.stripTrailingZeros().toPlainString();
            labels.put(point, point);
            if (labels.size() > 100) {
              break;
            }
          }
        }
        return new Axis<>(CrosstabSql.Category.RATING_POINT, labels);
      }
      case MATRIX -> {
        if (by == CrosstabDimension.POLICY_AREA) {
          options.forEach(o -> labels.put(o.key(), o.label()));
          return new Axis<>(CrosstabSql.Category.OPTION, labels);
        }
        for (MatrixRow r : q.rows() == null ? List.<MatrixRow>of() : q.rows()) {
          options.forEach(o -> labels.put(r.key() + "|" + o.key(), r.label() + ": " + o.label()));
        }
        return new Axis<>(CrosstabSql.Category.MATRIX_CELL, labels);
      }
      default ->
          throw DomainException.InvalidInput.of(
              "question",
              FieldCode.NOT_ALLOWED,
              "Only choice, rating and matrix questions can be cross-tabulated.");
    }
  }

  /** The dimension (columns of the cross-tab): its values known beforehand, and how to group. */
  private Axis<CrosstabSql.Dimension> columns(
      SurveyRef survey, SurveyQuestion q, CrosstabDimension by) {
    Map<String, String> labels = new LinkedHashMap<>();
    switch (by) {
      case SUBDISTRICT -> {
        districts
            .getDistrict(survey.districtId())
            .subdistricts()
            .forEach(s -> labels.put(s.id().toString(), s.name()));
        return new Axis<>(CrosstabSql.Dimension.SUBDISTRICT, labels);
      }
      case KIND -> {
        for (OrganizationKind k : OrganizationKind.values()) {
          labels.put(k.name(), SynthesisLabels.kind(k));
        }
        return new Axis<>(CrosstabSql.Dimension.KIND, labels);
      }
      case TABLE -> {
        for (Table t : tables.tablesOfPlan(survey.planId())) {
          labels.put(t.id().toString(), t.name());
        }
        return new Axis<>(CrosstabSql.Dimension.tableOf(survey.planId()), labels);
      }
      case POLICY_AREA -> {
        return policyAreaColumns(q, labels);
      }
      default -> throw new IllegalStateException();
    }
  }

  /** A matrix by the policy areas of its rows; another question by its own policy area. */
  private Axis<CrosstabSql.Dimension> policyAreaColumns(
      SurveyQuestion q, Map<String, String> labels) {
    Set<UUID> areas = new LinkedHashSet<>();
    CrosstabSql.Dimension dimension;
    if (q.type() == QuestionType.MATRIX) {
      List<MatrixRow> rows = q.rows() == null ? List.of() : q.rows();
      rows.stream().map(MatrixRow::policyAreaId).filter(Objects::nonNull).forEach(areas::add);
      if (areas.isEmpty()) {
        throw noPolicyArea();
      }
      dimension = CrosstabSql.Dimension.policyAreaOfRows(rows);
    } else {
      if (q.policyAreaId() == null) {
        throw noPolicyArea();
      }
      areas.add(q.policyAreaId());
      dimension = CrosstabSql.Dimension.policyAreaOfQuestion(q.policyAreaId());
    }
    for (PolicyArea area : policyAreas.byIds(areas)) {
      labels.put(area.id().toString(), area.name());
    }
    return new Axis<>(dimension, labels);
  }

  private static DomainException noPolicyArea() {
    return DomainException.InvalidInput.of(
        "by", FieldCode.NOT_ALLOWED, "The question is not tied to any policy area.");
  }
}
