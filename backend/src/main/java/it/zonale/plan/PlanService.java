package it.zonale.plan;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.district.DistrictApi;
import it.zonale.policyarea.PolicyArea;
import it.zonale.policyarea.PolicyAreaApi;
import it.zonale.policyarea.PolicyAreaPage;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.event.ResourceChanged;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.persistence.Versions;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.web.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The plan office creates a Piano di Zona, edits it and moves it through its life. */
@ApplicationScoped
class PlanService {
  /** A Piano di Zona is triennial; allow some slack for extensions, never a decade. */
  static final int MAX_PERIOD_YEARS = 5;

  private final PlanRepository plans;
  private final PlanPolicy policy;
  private final DistrictApi districts;
  private final PolicyAreaApi policyAreas;
  private final CurrentUser user;
  private final PlanPolicyAreaUsage usage;
  private final AuditApi audit;
  private final Event<ResourceChanged> changes;

  PlanService(
      PlanRepository plans,
      PlanPolicy policy,
      DistrictApi districts,
      PolicyAreaApi policyAreas,
      CurrentUser user,
      PlanPolicyAreaUsage usage,
      AuditApi audit,
      Event<ResourceChanged> changes) {
    this.changes = changes;
    this.usage = usage;
    this.audit = audit;
    this.plans = plans;
    this.policy = policy;
    this.districts = districts;
    this.policyAreas = policyAreas;
    this.user = user;
  }

  public PlanPage listPlans(
      UUID districtId,
      PlanStatus status,
      Integer year,
      java.time.Instant updatedSince,
      PageQuery page) {
    var filter =
        new PlanRepository.Filter(districtId, status, year, updatedSince, policy.draftDistricts());
    List<Plan> items =
        plans.page(filter, page.limit, page.offset).stream().map(PlanMapper::toDto).toList();
    return new PlanPage(items, page.limit, page.offset, plans.count(filter));
  }

  /**
   * @throws DomainException.NotFound plan-not-found (also for another ambito's draft)
   */
  public Plan getPlan(UUID id) {
    PlanEntity plan = find(id);
    policy.requireRead(plan);
    return PlanMapper.toDto(plan);
  }

  /**
   * @throws DomainException.NotFound plan-not-found
   */
  public PolicyAreaPage listPlanPolicyAreas(UUID planId, PageQuery page) {
    PlanEntity plan = find(planId);
    policy.requireRead(plan);
    List<PolicyArea> all = policyAreas.byIds(plan.policyAreaIds);
    List<PolicyArea> items = all.stream().skip(page.offset).limit(page.limit).toList();
    return new PolicyAreaPage(items, page.limit, page.offset, all.size());
  }

  /**
   * @throws DomainException.InvalidInput unknown district or policy area, years out of order
   * @throws DomainException.Forbidden not-your-district
   * @throws DomainException.Conflict plan-period-taken
   */
  @Transactional
  public Plan createPlan(PlanCreate create) {
    try {
      districts.requireDistrict(create.districtId());
    } catch (DomainException.NotFound e) {
      throw DomainException.InvalidInput.of(
          "/districtId", FieldCode.UNKNOWN_REFERENCE, "no ambito with this id");
    }
    if (!user.managesDistrict(create.districtId())) {
      throw DomainException.Forbidden.of(
          "not-your-district", "You can create plans only for your own ambito.");
    }
    checkPeriod(create.startYear(), create.endYear());
    List<UUID> areas = create.policyAreaIds() == null ? List.of() : create.policyAreaIds();
    checkPolicyAreas(areas);
    requirePeriodFree(create.districtId(), create.startYear(), create.endYear(), null);
    requireNoOverlap(create.districtId(), create.startYear(), create.endYear(), null);
    PlanEntity e = new PlanEntity();
    e.id = UUID.randomUUID();
    e.districtId = create.districtId();
    e.status = PlanStatus.DRAFT;
    e.createdAt = Timestamps.now();
    apply(e, create.title(), create.description(), create.startYear(), create.endYear(), areas);
    plans.persistAndFlush(e);
    Plan created = PlanMapper.toDto(e);
    audit.recordChange(AuditAction.CREATE, "plan", e.id, e.districtId, null, created);
    announce("plan.created", e);
    return created;
  }

  /**
   * @throws DomainException.NotFound plan-not-found
   * @throws DomainException.Forbidden not-your-district
   * @throws DomainException.StaleVersion stale-version
   * @throws DomainException.InvalidState plan-approved, plan-closed ({@link PlanStatusPolicy}),
   *     plan-period-overlap
   * @throws DomainException.Conflict policy-area-in-use, plan-period-taken
   */
  @Transactional
  public Plan updatePlan(UUID id, PlanUpdate update) {
    PlanEntity e = find(id);
    policy.requireManage(e);
    Versions.require("plan", update.version(), e.version);
    PlanStatusPolicy.require(PlanWrite.PLAN_DATA, e.status);
    checkPeriod(update.startYear(), update.endYear());
    checkPolicyAreas(update.policyAreaIds());
    Set<UUID> dropped = new LinkedHashSet<>(usage.policyAreasInUse(e.id));
    dropped.removeAll(update.policyAreaIds());
    if (!dropped.isEmpty()) {
      throw DomainException.Conflict.of(
          "policy-area-in-use",
          "Tables of this plan still work on policy areas "
              + dropped
              + ": remove them from the tables first.");
    }
    requirePeriodFree(e.districtId, update.startYear(), update.endYear(), e.id);
    requireNoOverlap(e.districtId, update.startYear(), update.endYear(), e.id);
    Plan before = PlanMapper.toDto(e);
    apply(
        e,
        update.title(),
        update.description(),
        update.startYear(),
        update.endYear(),
        update.policyAreaIds());
    plans.flush();
    Plan after = PlanMapper.toDto(e);
    audit.recordChange(AuditAction.UPDATE, "plan", e.id, e.districtId, before, after);
    announce("plan.updated", e);
    return after;
  }

  /**
   * Moves the plan one step forward: draft, consultation, approved, monitoring, closed.
   *
   * @throws DomainException.InvalidState plan-status-transition-not-allowed, plan-approval-required
   */
  @Transactional
  public Plan changePlanStatus(UUID id, PlanStatusChange change) {
    PlanEntity e = find(id);
    policy.requireManage(e);
    Versions.require("plan", change.version(), e.version);
    if (e.status.next() != change.status()) {
      String allowed =
          e.status.next() == null ? "none: the plan is closed" : e.status.next().name();
      throw DomainException.InvalidState.of(
          "plan-status-transition-not-allowed",
          "A plan in status "
              + e.status
              + " cannot move to "
              + change.status()
              + "; allowed next status: "
              + allowed
              + ".");
    }
    if (change.status() == PlanStatus.APPROVED) {
      // Approval is the Assemblea dei Sindaci's vote: recorded at /approval, it also freezes the
      // plan document. A plain status change would skip both.
      throw DomainException.InvalidState.of(
          "plan-approval-required",
          "A plan is approved by recording the Assemblea dei Sindaci's vote at /api/v1/plans/"
              + e.id
              + "/approval, which also freezes the plan document.");
    }
    Plan before = PlanMapper.toDto(e);
    e.status = change.status();
    e.updatedAt = Timestamps.now();
    plans.flush();
    Plan after = PlanMapper.toDto(e);
    audit.recordChange(AuditAction.STATUS_CHANGE, "plan", e.id, e.districtId, before, after);
    announce("plan.status-changed", e);
    return after;
  }

  /**
   * The approval feature's system step, when the Assemblea dei Sindaci carries the plan: from
   * CONSULTATION to APPROVED, the one step PlanStatus allows, without a version from the client
   * (the approval is the act that decides it).
   *
   * @throws DomainException.InvalidState plan-status-transition-not-allowed, plan-period-overlap
   */
  @Transactional
  public Plan recordPlanApproval(UUID id) {
    PlanEntity e = find(id);
    policy.requireManage(e);
    if (e.status != PlanStatus.CONSULTATION || e.status.next() != PlanStatus.APPROVED) {
      throw DomainException.InvalidState.of(
          "plan-status-transition-not-allowed",
          "Only a plan in consultation can be approved; this one is " + e.status + ".");
    }
    requireNoOverlap(e.districtId, e.startYear, e.endYear, e.id);
    Plan before = PlanMapper.toDto(e);
    e.status = PlanStatus.APPROVED;
    e.updatedAt = Timestamps.now();
    plans.flush();
    Plan after = PlanMapper.toDto(e);
    audit.recordChange(AuditAction.STATUS_CHANGE, "plan", e.id, e.districtId, before, after);
    announce("plan.status-changed", e);
    return after;
  }

  /**
   * Only a draft can be deleted; its phases go with it, tables and sessions must be removed first.
   *
   * @throws DomainException.InvalidState plan-not-draft
   */
  @Transactional
  public void deletePlan(UUID id) {
    PlanEntity e = find(id);
    policy.requireManage(e);
    PlanStatusPolicy.require(PlanWrite.PLAN_DELETE, e.status);
    audit.recordChange(AuditAction.DELETE, "plan", e.id, e.districtId, PlanMapper.toDto(e), null);
    announce("plan.deleted", e);
    plans.delete(e);
    plans.flush();
  }

  PlanEntity find(UUID id) {
    return plans.findByIdOptional(id).orElseThrow(() -> DomainException.NotFound.of("plan", id));
  }

  private static void checkPeriod(int startYear, int endYear) {
    if (endYear < startYear) {
      throw DomainException.InvalidInput.of(
          "/endYear", FieldCode.BEFORE_START, "must not be before startYear");
    }
    if (endYear - startYear + 1 > MAX_PERIOD_YEARS) {
      throw DomainException.InvalidInput.of(
          "/endYear",
          FieldCode.TOO_LONG_DURATION,
          "a plan covers at most " + MAX_PERIOD_YEARS + " years");
    }
  }

  private void checkPolicyAreas(List<UUID> ids) {
    Set<UUID> unknown = policyAreas.unknown(ids);
    for (int i = 0; i < ids.size(); i++) {
      if (unknown.contains(ids.get(i))) {
        throw DomainException.InvalidInput.of(
            "/policyAreaIds/" + i, FieldCode.UNKNOWN_REFERENCE, "no policy area with this id");
      }
    }
  }

  /**
   * No two approved plans of one ambito (APPROVED, MONITORING, CLOSED) overlap in years: the public
   * record must say which plan governs each year. Drafts and plans in consultation are proposals (a
   * draft is withdrawn by deleting it), so they may overlap each other; one that overlaps an
   * approved plan is refused when written and when approved.
   */
  private void requireNoOverlap(UUID districtId, int startYear, int endYear, UUID self) {
    List<PlanEntity> overlapping =
        plans.list(
            "districtId = ?1 and status in ?2 and startYear <= ?3 and endYear >= ?4 and id <> ?5",
            districtId,
            List.of(PlanStatus.APPROVED, PlanStatus.MONITORING, PlanStatus.CLOSED),
            endYear,
            startYear,
            self == null ? new UUID(0, 0) : self);
    if (!overlapping.isEmpty()) {
      PlanEntity other = overlapping.get(0);
      throw DomainException.InvalidState.of(
          "plan-period-overlap",
          "This ambito already has the "
              + other.status
              + " plan "
              + other.startYear
              + "-"
              + other.endYear
              + ", which overlaps "
              + startYear
              + "-"
              + endYear
              + ": one plan governs each year.");
    }
  }

  private void requirePeriodFree(UUID districtId, int startYear, int endYear, UUID self) {
    boolean taken =
        plans.count(
                "districtId = ?1 and startYear = ?2 and endYear = ?3"
                    + (self == null ? "" : " and id <> ?4"),
                self == null
                    ? new Object[] {districtId, startYear, endYear}
                    : new Object[] {districtId, startYear, endYear, self})
            > 0;
    if (taken) {
      throw DomainException.Conflict.of(
          "plan-period-taken",
          "This ambito already has a plan for " + startYear + "-" + endYear + ".");
    }
  }

  private static void apply(
      PlanEntity e,
      String title,
      String description,
      int startYear,
      int endYear,
      List<UUID> policyAreaIds) {
    e.title = title.strip();
    e.description = description;
    e.startYear = startYear;
    e.endYear = endYear;
    e.policyAreaIds.clear();
    e.policyAreaIds.addAll(policyAreaIds);
    e.updatedAt = Timestamps.now();
  }

  /**
   * Tells the change feed, in this transaction: a draft's events are read within its ambito, a
   * published plan's by everyone (the plan's read rule, PlanPolicy).
   */
  private void announce(String type, PlanEntity e) {
    changes.fire(
        new ResourceChanged(
            type,
            "plan",
            e.id,
            e.version,
            "/api/v1/plans/" + e.id,
            e.districtId,
            e.id,
            ResourceChanged.Audience.ofPlan(e.status.isPublic())));
  }
}
