package it.zonale.objective;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.contribution.Contribution;
import it.zonale.contribution.ContributionApi;
import it.zonale.contribution.ContributionStatus;
import it.zonale.plan.Plan;
import it.zonale.plan.PlanApi;
import it.zonale.plan.PlanRef;
import it.zonale.plan.PlanWrite;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.persistence.Versions;
import it.zonale.shared.web.PageQuery;
import it.zonale.survey.MatrixRow;
import it.zonale.survey.QuestionType;
import it.zonale.survey.SurveyApi;
import it.zonale.survey.SurveyQuestion;
import it.zonale.survey.SurveyRef;
import it.zonale.table.TableApi;
import it.zonale.table.TableRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The plan office writes the objectives of its plan per policy area (and table), citing the istanze
 * and the survey findings they answer; whoever may read the plan reads them, both ways.
 */
@ApplicationScoped
class ObjectiveService {
  static final String RESOURCE = "objective";

  private final ObjectiveRepository objectives;
  private final IndicatorRepository indicators;
  private final MeasurementRepository measurements;
  private final PlanApi plans;
  private final TableApi tables;
  private final ContributionApi contributions;
  private final SurveyApi surveys;
  private final AuditApi audit;

  public ObjectiveService(
      ObjectiveRepository objectives,
      IndicatorRepository indicators,
      MeasurementRepository measurements,
      PlanApi plans,
      TableApi tables,
      ContributionApi contributions,
      SurveyApi surveys,
      AuditApi audit) {
    this.objectives = objectives;
    this.indicators = indicators;
    this.measurements = measurements;
    this.plans = plans;
    this.tables = tables;
    this.contributions = contributions;
    this.surveys = surveys;
    this.audit = audit;
  }

  /**
   * @throws DomainException.NotFound plan-not-found
   */
  ObjectivePage listObjectives(
      UUID planId, UUID policyAreaId, UUID tableId, ObjectiveStatus status, PageQuery page) {
    plans.readablePlan(planId);
    var filter = new ObjectiveRepository.Filter(planId, policyAreaId, tableId, status);
    return new ObjectivePage(
        toDtos(objectives.page(filter, page.limit, page.offset)),
        page.limit,
        page.offset,
        objectives.count(filter));
  }

  /**
   * @throws DomainException.NotFound objective-not-found
   */
  public Objective getObjective(UUID id) {
    return toDto(readable(id));
  }

  /**
   * The objectives citing an istanza the caller may see.
   *
   * @throws DomainException.NotFound contribution-not-found
   */
  public ObjectivePage listContributionObjectives(UUID contributionId, PageQuery page) {
    Contribution c = contributions.readableContribution(contributionId);
    plans.readablePlanOf(c.planId(), "contribution", contributionId);
    return new ObjectivePage(
        toDtos(objectives.citing(contributionId, page.limit, page.offset)),
        page.limit,
        page.offset,
        objectives.countCiting(contributionId));
  }

  /**
   * The objectives citing a survey, or one of its questions.
   *
   * @throws DomainException.NotFound survey-not-found
   */
  public ObjectivePage listSurveyObjectives(UUID surveyId, String questionKey, PageQuery page) {
    surveys.readableSurvey(surveyId);
    return new ObjectivePage(
        toDtos(objectives.citingSurvey(surveyId, questionKey, page.limit, page.offset)),
        page.limit,
        page.offset,
        objectives.countCitingSurvey(surveyId, questionKey));
  }

  /**
   * @throws DomainException.NotFound plan-not-found
   * @throws DomainException.Forbidden not-your-district
   * @throws DomainException.InvalidState plan-closed
   * @throws DomainException.InvalidInput policy area, table, dates or citations not of the plan
   */
  @Transactional
  public Objective createObjective(UUID planId, ObjectiveCreate create) {
    PlanRef plan = plans.manageablePlan(planId, PlanWrite.OBJECTIVE_DEFINITION);
    ObjectiveEntity e = new ObjectiveEntity();
    e.id = UUID.randomUUID();
    e.planId = plan.id();
    e.districtId = plan.districtId();
    e.createdAt = Timestamps.now();
    apply(
        e,
        plan,
        new Fields(
            create.policyAreaId(),
            create.tableId(),
            create.title(),
            create.description(),
            create.actions(),
            create.actors(),
            create.resources(),
            create.startDate(),
            create.endDate(),
            create.status() == null ? ObjectiveStatus.PLANNED : create.status(),
            create.contributionIds(),
            create.findings()));
    objectives.persistAndFlush(e);
    Objective created = toDto(e);
    audit.recordChange(AuditAction.CREATE, RESOURCE, e.id, e.districtId, null, created);
    return created;
  }

  /**
   * @throws DomainException.StaleVersion stale-version
   * @throws DomainException.InvalidInput policy area, table, dates or citations not of the plan
   */
  @Transactional
  public Objective updateObjective(UUID id, ObjectiveUpdate update) {
    ObjectiveEntity e = readable(id);
    PlanRef plan = plans.officePlan(e.planId);
    Versions.require(RESOURCE, update.version(), e.version);
    Objective before = toDto(e);
    apply(
        e,
        plan,
        new Fields(
            update.policyAreaId(),
            update.tableId(),
            update.title(),
            update.description(),
            update.actions(),
            update.actors(),
            update.resources(),
            update.startDate(),
            update.endDate(),
            update.status(),
            update.contributionIds(),
            update.findings()));
    // After the approval an objective's definition is frozen but its status is the monitoring.
    boolean definitionChanged = !definition(before).equals(definition(toDto(e)));
    PlanApi.requireAllows(
        definitionChanged ? PlanWrite.OBJECTIVE_DEFINITION : PlanWrite.OBJECTIVE_STATUS,
        plan.status());
    objectives.flush();
    Objective after = toDto(e);
    audit.recordChange(AuditAction.UPDATE, RESOURCE, e.id, e.districtId, before, after);
    return after;
  }

  /** The objective goes with its indicators and measurements. */
  @Transactional
  public void deleteObjective(UUID id) {
    ObjectiveEntity e = readable(id);
    plans.manageablePlan(e.planId, PlanWrite.OBJECTIVE_DEFINITION);
    audit.recordChange(AuditAction.DELETE, RESOURCE, e.id, e.districtId, toDto(e), null);
    objectives.delete(e);
    objectives.flush();
  }

  /** What the approved plan promised of an objective: everything but its status and bookkeeping. */
  private static List<Object> definition(Objective o) {
    return java.util.Arrays.asList(
        o.policyAreaId(),
        o.tableId(),
        o.title(),
        o.description(),
        o.actions(),
        o.actors(),
        o.resources(),
        o.startDate(),
        o.endDate(),
        o.contributions(),
        o.findings());
  }

  /** The objective if the caller may read its plan (used by the indicators). */
  ObjectiveEntity readable(UUID id) {
    ObjectiveEntity e =
        objectives
            .findByIdOptional(id)
            .orElseThrow(() -> DomainException.NotFound.of(RESOURCE, id));
    plans.readablePlanOf(e.planId, RESOURCE, id);
    return e;
  }

  /** Every objective of the plan with indicators, without access checks (the plan document). */
  List<Objective> allOf(UUID planId) {
    return toDtos(objectives.allOf(planId));
  }

  private Objective toDto(ObjectiveEntity e) {
    return toDtos(List.of(e)).get(0);
  }

  private List<Objective> toDtos(List<ObjectiveEntity> rows) {
    List<IndicatorEntity> inds = indicators.ofObjectives(rows.stream().map(o -> o.id).toList());
    Map<UUID, List<Indicator>> byObjective =
        ObjectiveMapper.byObjective(
            inds, measurements.ofIndicators(inds.stream().map(i -> i.id).toList()));
    return rows.stream()
        .map(o -> ObjectiveMapper.toDto(o, byObjective.getOrDefault(o.id, List.of())))
        .toList();
  }

  /** The editable fields, shared by create and update. */
  private record Fields(
      UUID policyAreaId,
      UUID tableId,
      String title,
      String description,
      List<String> actions,
      String actors,
      Money resources,
      LocalDate startDate,
      LocalDate endDate,
      ObjectiveStatus status,
      List<UUID> contributionIds,
      List<ObjectiveFindingRef> findings) {}

  private void apply(ObjectiveEntity e, PlanRef plan, Fields f) {
    if (!plan.policyAreaIds().contains(f.policyAreaId())) {
      throw DomainException.InvalidInput.of(
          "/policyAreaId", FieldCode.UNKNOWN_REFERENCE, "is not a policy area of the plan");
    }
    if (f.tableId() != null && !tableOf(plan, f.tableId())) {
      throw DomainException.InvalidInput.of(
          "/tableId", FieldCode.UNKNOWN_REFERENCE, "is not a table of the plan");
    }
    checkDates(plan, f.startDate(), f.endDate());
    Set<ObjectiveEntity.CitedContribution> cited = citedContributions(plan, f.contributionIds());
    Set<ObjectiveEntity.CitedFinding> findings = citedFindings(plan, f.findings());
    e.policyAreaId = f.policyAreaId();
    e.tableId = f.tableId();
    e.title = f.title().strip();
    e.description = blankToNull(f.description());
    e.actions.clear();
    if (f.actions() != null) {
      f.actions().forEach(a -> e.actions.add(a.strip()));
    }
    e.actors = blankToNull(f.actors());
    e.resourcesAmount = f.resources() == null ? null : new BigDecimal(f.resources().amount());
    e.startDate = f.startDate();
    e.endDate = f.endDate();
    e.status = f.status();
    e.contributions.retainAll(cited);
    e.contributions.addAll(cited);
    e.findings.retainAll(findings);
    e.findings.addAll(findings);
    e.updatedAt = Timestamps.now();
  }

  private void checkDates(PlanRef ref, LocalDate start, LocalDate end) {
    if (start == null && end == null) {
      return;
    }
    Plan plan = plans.readablePlanDetails(ref.id());
    LocalDate first = LocalDate.of(plan.startYear(), 1, 1);
    LocalDate last = LocalDate.of(plan.endYear(), 12, 31);
    if (start != null && (start.isBefore(first) || start.isAfter(last))) {
      throw DomainException.InvalidInput.of(
          "/startDate", FieldCode.OUT_OF_RANGE, "must fall within the plan's period");
    }
    if (end != null && (end.isBefore(first) || end.isAfter(last))) {
      throw DomainException.InvalidInput.of(
          "/endDate", FieldCode.OUT_OF_RANGE, "must fall within the plan's period");
    }
    if (start != null && end != null && end.isBefore(start)) {
      throw DomainException.InvalidInput.of(
          "/endDate", FieldCode.BEFORE_START, "must not be before startDate");
    }
  }

  /** Istanze of the same plan that were submitted (and not withdrawn) can be cited. */
  private Set<ObjectiveEntity.CitedContribution> citedContributions(PlanRef plan, List<UUID> ids) {
    Set<ObjectiveEntity.CitedContribution> cited = new LinkedHashSet<>();
    if (ids == null) {
      return cited;
    }
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String pointer = "/contributionIds/" + i;
      if (!seen.add(ids.get(i))) {
        throw DomainException.InvalidInput.of(pointer, FieldCode.NOT_ALLOWED, "is given twice");
      }
      Contribution c;
      try {
        c = contributions.readableContribution(ids.get(i));
      } catch (DomainException.NotFound unknown) {
        throw DomainException.InvalidInput.of(
            pointer, FieldCode.UNKNOWN_REFERENCE, "no istanza with this id");
      }
      if (!c.planId().equals(plan.id())) {
        throw DomainException.InvalidInput.of(
            pointer, FieldCode.NOT_ALLOWED, "is an istanza of another plan");
      }
      if (c.reference() == null || c.status() == ContributionStatus.WITHDRAWN) {
        throw DomainException.InvalidInput.of(
            pointer, FieldCode.NOT_ALLOWED, "only a submitted istanza can be cited");
      }
      cited.add(new ObjectiveEntity.CitedContribution(c.id(), c.reference()));
    }
    return cited;
  }

  /** Questions (and matrix rows) of surveys of the same plan can be cited. */
  private Set<ObjectiveEntity.CitedFinding> citedFindings(
      PlanRef plan, List<ObjectiveFindingRef> refs) {
    Set<ObjectiveEntity.CitedFinding> cited = new LinkedHashSet<>();
    if (refs == null) {
      return cited;
    }
    Set<List<Object>> seen = new HashSet<>();
    for (int i = 0; i < refs.size(); i++) {
      ObjectiveFindingRef ref = refs.get(i);
      String pointer = "/findings/" + i;
      String rowKey = ref.rowKey() == null ? "" : ref.rowKey();
      if (!seen.add(List.of(ref.surveyId(), ref.questionKey(), rowKey))) {
        throw DomainException.InvalidInput.of(pointer, FieldCode.NOT_ALLOWED, "is given twice");
      }
      SurveyRef survey;
      try {
        survey = surveys.readableSurvey(ref.surveyId());
      } catch (DomainException.NotFound unknown) {
        throw DomainException.InvalidInput.of(
            pointer + "/surveyId", FieldCode.UNKNOWN_REFERENCE, "no survey with this id");
      }
      if (!survey.planId().equals(plan.id())) {
        throw DomainException.InvalidInput.of(
            pointer + "/surveyId", FieldCode.NOT_ALLOWED, "is a survey of another plan");
      }
      SurveyQuestion question =
          survey
              .definition()
              .question(ref.questionKey())
              .orElseThrow(
                  () ->
                      DomainException.InvalidInput.of(
                          pointer + "/questionKey",
                          FieldCode.UNKNOWN_REFERENCE,
                          "no question with this key in the survey"));
      String label = question.title();
      if (!rowKey.isEmpty()) {
        MatrixRow row =
            question.type() != QuestionType.MATRIX || question.rows() == null
                ? null
                : question.rows().stream()
                    .filter(r -> r.key().equals(ref.rowKey()))
                    .findFirst()
                    .orElse(null);
        if (row == null) {
          throw DomainException.InvalidInput.of(
              pointer + "/rowKey",
              FieldCode.UNKNOWN_REFERENCE,
              "no row with this key in the question");
        }
        label = label + " — " + row.label();
      }
      cited.add(
          new ObjectiveEntity.CitedFinding(
              survey.id(), ref.questionKey(), rowKey, truncate(label, 900)));
    }
    return cited;
  }

  private boolean tableOf(PlanRef plan, UUID tableId) {
    try {
      TableRef table = tables.readableTable(tableId);
      return table.planId().equals(plan.id());
    } catch (DomainException.NotFound unknown) {
      return false;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
