package it.zonale.phase;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.plan.PlanApi;
import it.zonale.plan.PlanRef;
import it.zonale.plan.PlanWrite;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.persistence.Versions;
import it.zonale.shared.web.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The plan office draws the plan's timeline: drafting, call, survey, open event, socialisation,
 * approval.
 */
@ApplicationScoped
class PhaseService {
  private final PhaseRepository phases;
  private final PlanApi plans;
  private final AuditApi audit;

  public PhaseService(PhaseRepository phases, PlanApi plans, AuditApi audit) {
    this.audit = audit;
    this.phases = phases;
    this.plans = plans;
  }

  /**
   * @throws DomainException.NotFound plan-not-found
   */
  PlanPhasePage listPhases(UUID planId, PageQuery page) {
    plans.readablePlan(planId);
    return new PlanPhasePage(
        phases.pageOf(planId, page.limit, page.offset).stream().map(PhaseService::toDto).toList(),
        page.limit,
        page.offset,
        phases.countOf(planId));
  }

  /**
   * @throws DomainException.NotFound phase-not-found
   */
  public PlanPhase getPhase(UUID id) {
    PhaseEntity e = find(id);
    readable(e);
    return toDto(e);
  }

  /**
   * @throws DomainException.InvalidInput end before start
   */
  @Transactional
  public PlanPhase addPhase(UUID planId, PlanPhaseCreate create) {
    PlanRef plan = plans.manageablePlan(planId, PlanWrite.TIMELINE);
    checkDates(create.startDate(), create.endDate());
    PhaseEntity e = new PhaseEntity();
    e.id = UUID.randomUUID();
    e.planId = plan.id();
    e.districtId = plan.districtId();
    apply(
        e,
        create.kind(),
        create.name(),
        create.description(),
        create.startDate(),
        create.endDate());
    phases.persistAndFlush(e);
    PlanPhase created = toDto(e);
    audit.recordChange(AuditAction.CREATE, "phase", e.id, e.districtId, null, created);
    return created;
  }

  /**
   * @throws DomainException.StaleVersion stale-version
   */
  @Transactional
  public PlanPhase updatePhase(UUID id, PlanPhaseUpdate update) {
    PhaseEntity e = find(id);
    manageable(e);
    Versions.require("phase", update.version(), e.version);
    checkDates(update.startDate(), update.endDate());
    PlanPhase before = toDto(e);
    apply(
        e,
        update.kind(),
        update.name(),
        update.description(),
        update.startDate(),
        update.endDate());
    phases.flush();
    PlanPhase after = toDto(e);
    audit.recordChange(AuditAction.UPDATE, "phase", e.id, e.districtId, before, after);
    return after;
  }

  @Transactional
  public void deletePhase(UUID id) {
    PhaseEntity e = find(id);
    manageable(e);
    audit.recordChange(AuditAction.DELETE, "phase", e.id, e.districtId, toDto(e), null);
    phases.delete(e);
  }

  private PhaseEntity find(UUID id) {
    return phases.findByIdOptional(id).orElseThrow(() -> DomainException.NotFound.of("phase", id));
  }

  /** A phase of an invisible plan does not exist for the caller. */
  private void readable(PhaseEntity e) {
    plans.readablePlanOf(e.planId, "phase", e.id);
  }

  private void manageable(PhaseEntity e) {
    readable(e);
    plans.manageablePlan(e.planId, PlanWrite.TIMELINE);
  }

  private static void checkDates(LocalDate start, LocalDate end) {
    if (end != null && end.isBefore(start)) {
      throw DomainException.InvalidInput.of(
          "/endDate", FieldCode.BEFORE_START, "must not be before startDate");
    }
  }

  private static void apply(
      PhaseEntity e,
      PhaseKind kind,
      String name,
      String description,
      LocalDate start,
      LocalDate end) {
    e.kind = kind;
    e.name = name.strip();
    e.description = description;
    e.startDate = start;
    e.endDate = end;
  }

  private static PlanPhase toDto(PhaseEntity e) {
    return new PlanPhase(
        e.id, e.planId, e.kind, e.name, e.description, e.startDate, e.endDate, e.version);
  }
}
