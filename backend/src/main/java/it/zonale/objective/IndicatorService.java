package it.zonale.objective;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.plan.PlanApi;
import it.zonale.plan.PlanWrite;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.persistence.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The plan office defines the indicators of an objective and records their value year by year,
 * through the plan's life and its monitoring after approval.
 */
@ApplicationScoped
class IndicatorService {
  static final String RESOURCE = "indicator";

  /** An objective has a handful of indicators; more would not be read. */
  static final int MAX_PER_OBJECTIVE = 30;

  private final IndicatorRepository indicators;
  private final MeasurementRepository measurements;
  private final ObjectiveService objectives;
  private final PlanApi plans;
  private final AuditApi audit;

  public IndicatorService(
      IndicatorRepository indicators,
      MeasurementRepository measurements,
      ObjectiveService objectives,
      PlanApi plans,
      AuditApi audit) {
    this.indicators = indicators;
    this.measurements = measurements;
    this.objectives = objectives;
    this.plans = plans;
    this.audit = audit;
  }

  /**
   * @throws DomainException.NotFound indicator-not-found
   */
  public Indicator getIndicator(UUID id) {
    return toDto(readable(id));
  }

  /**
   * @throws DomainException.NotFound objective-not-found
   * @throws DomainException.Forbidden not-your-district
   * @throws DomainException.InvalidState plan-closed, too-many-indicators
   * @throws DomainException.InvalidInput target year before baseline year
   */
  @Transactional
  public Indicator createIndicator(UUID objectiveId, IndicatorCreate create) {
    ObjectiveEntity objective = objectives.readable(objectiveId);
    plans.manageablePlan(objective.planId, PlanWrite.OBJECTIVE_DEFINITION);
    if (indicators.countOf(objective.id) >= MAX_PER_OBJECTIVE) {
      throw DomainException.InvalidState.of(
          "too-many-indicators", "An objective has at most " + MAX_PER_OBJECTIVE + " indicators.");
    }
    checkYears(create.baselineYear(), create.targetYear());
    IndicatorEntity e = new IndicatorEntity();
    e.id = UUID.randomUUID();
    e.objectiveId = objective.id;
    e.planId = objective.planId;
    e.districtId = objective.districtId;
    e.createdAt = Timestamps.now();
    apply(
        e,
        create.name(),
        create.unit(),
        create.baselineValue(),
        create.baselineYear(),
        create.targetValue(),
        create.targetYear(),
        create.source(),
        create.frequency());
    indicators.persistAndFlush(e);
    Indicator created = toDto(e);
    audit.recordChange(AuditAction.CREATE, RESOURCE, e.id, e.districtId, null, created);
    return created;
  }

  /**
   * @throws DomainException.StaleVersion stale-version
   * @throws DomainException.Conflict measurements-out-of-range when recorded years fall outside the
   *     new baseline..target+1 span
   */
  @Transactional
  public Indicator updateIndicator(UUID id, IndicatorUpdate update) {
    IndicatorEntity e = readable(id);
    plans.manageablePlan(e.planId, PlanWrite.OBJECTIVE_DEFINITION);
    Versions.require(RESOURCE, update.version(), e.version);
    checkYears(update.baselineYear(), update.targetYear());
    List<Integer> outside =
        measurements.ofIndicators(List.of(e.id)).stream()
            .map(m -> m.year)
            .filter(y -> y < update.baselineYear() || y > update.targetYear() + 1)
            .toList();
    if (!outside.isEmpty()) {
      throw DomainException.Conflict.of(
          "measurements-out-of-range",
          "Measurements of years "
              + outside
              + " would fall outside the new period: delete them first.");
    }
    Indicator before = toDto(e);
    apply(
        e,
        update.name(),
        update.unit(),
        update.baselineValue(),
        update.baselineYear(),
        update.targetValue(),
        update.targetYear(),
        update.source(),
        update.frequency());
    indicators.flush();
    Indicator after = toDto(e);
    audit.recordChange(AuditAction.UPDATE, RESOURCE, e.id, e.districtId, before, after);
    return after;
  }

  @Transactional
  public void deleteIndicator(UUID id) {
    IndicatorEntity e = readable(id);
    plans.manageablePlan(e.planId, PlanWrite.OBJECTIVE_DEFINITION);
    audit.recordChange(AuditAction.DELETE, RESOURCE, e.id, e.districtId, toDto(e), null);
    measurements.delete("indicatorId", e.id);
    indicators.delete(e);
    indicators.flush();
  }

  /**
   * Records the value of a year, or corrects it (then the current version is required). Years run
   * from the baseline year to one year after the target, the last monitoring year.
   *
   * @throws DomainException.InvalidInput year out of range
   * @throws DomainException.StaleVersion stale-version
   */
  @Transactional
  public Measurement recordMeasurement(UUID indicatorId, int year, MeasurementPut put) {
    IndicatorEntity e = readable(indicatorId);
    plans.manageablePlan(e.planId, PlanWrite.MEASUREMENT);
    if (year < e.baselineYear || year > e.targetYear + 1) {
      throw DomainException.InvalidInput.of(
          "year",
          FieldCode.OUT_OF_RANGE,
          "must be between the baseline year " + e.baselineYear + " and " + (e.targetYear + 1));
    }
    Instant now = Timestamps.now();
    MeasurementEntity m = measurements.find(e.id, year).orElse(null);
    Measurement before = null;
    if (m == null) {
      if (put.version() != null && put.version() != 0) {
        throw DomainException.StaleVersion.of("measurement", put.version(), 0);
      }
      m = new MeasurementEntity();
      m.id = UUID.randomUUID();
      m.indicatorId = e.id;
      m.year = year;
      m.createdAt = now;
    } else {
      // why: without a version a second office clerk would silently overwrite the first one's value
      Versions.require("measurement", put.version() == null ? -1 : put.version(), m.version);
      before = ObjectiveMapper.toDto(m);
    }
    m.value = put.value();
    m.note = put.note() == null || put.note().isBlank() ? null : put.note().strip();
    m.updatedAt = now;
    measurements.persistAndFlush(m);
    Measurement after = ObjectiveMapper.toDto(m);
    audit.recordChange(
        before == null ? AuditAction.CREATE : AuditAction.UPDATE,
        "measurement",
        m.id,
        e.districtId,
        before,
        after);
    return after;
  }

  /**
   * @throws DomainException.NotFound measurement-not-found
   */
  @Transactional
  public void deleteMeasurement(UUID indicatorId, int year) {
    IndicatorEntity e = readable(indicatorId);
    plans.manageablePlan(e.planId, PlanWrite.MEASUREMENT);
    MeasurementEntity m =
        measurements
            .find(e.id, year)
            .orElseThrow(() -> DomainException.NotFound.of("measurement", year));
    audit.recordChange(
        AuditAction.DELETE, "measurement", m.id, e.districtId, ObjectiveMapper.toDto(m), null);
    measurements.delete(m);
    measurements.flush();
  }

  private IndicatorEntity readable(UUID id) {
    IndicatorEntity e =
        indicators
            .findByIdOptional(id)
            .orElseThrow(() -> DomainException.NotFound.of(RESOURCE, id));
    plans.readablePlanOf(e.planId, RESOURCE, id);
    return e;
  }

  private Indicator toDto(IndicatorEntity e) {
    return ObjectiveMapper.toDto(e, measurements.ofIndicators(List.of(e.id)));
  }

  private static void checkYears(int baselineYear, int targetYear) {
    if (targetYear < baselineYear) {
      throw DomainException.InvalidInput.of(
          "/targetYear", FieldCode.BEFORE_START, "must not be before baselineYear");
    }
  }

  private static void apply(
      IndicatorEntity e,
      String name,
      String unit,
      BigDecimal baselineValue,
      int baselineYear,
      BigDecimal targetValue,
      int targetYear,
      String source,
      IndicatorFrequency frequency) {
    e.name = name.strip();
    e.unit = unit.strip();
    e.baselineValue = baselineValue;
    e.baselineYear = baselineYear;
    e.targetValue = targetValue;
    e.targetYear = targetYear;
    e.source = source == null || source.isBlank() ? null : source.strip();
    e.frequency = frequency;
    e.updatedAt = Timestamps.now();
  }
}
