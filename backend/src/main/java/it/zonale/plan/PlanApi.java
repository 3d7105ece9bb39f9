package it.zonale.plan;

import it.zonale.shared.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What the plan feature publishes to other features (docs/conventions.md rule 51): the plan as the
 * caller may read or manage it, and the one table of what may change in each status. Every method
 * applies the caller's checks unless its name says otherwise.
 */
@ApplicationScoped
public class PlanApi {
  private final PlanService service;
  private final PlanPolicy policy;

  PlanApi(PlanService service, PlanPolicy policy) {
    this.service = service;
    this.policy = policy;
  }

  /**
   * The plan with all its data if the caller may read it (another ambito's draft is hidden).
   *
   * @throws DomainException.NotFound plan-not-found
   */
  public Plan readablePlanDetails(UUID id) {
    return service.getPlan(id);
  }

  /**
   * The ambiti whose drafts (and what hangs from them) the caller may read: the plan office, health
   * authority and comuni of their own ambiti; empty for others and anonymous callers.
   */
  public java.util.Set<UUID> draftDistricts() {
    return policy.draftDistricts();
  }

  /** The plans of an ambito (null: of every ambito) that the caller may read, newest first. */
  public void eachReadablePlan(UUID districtId, Consumer<Plan> each) {
    it.zonale.shared.web.AllPages.of(
            p -> service.listPlans(districtId, null, null, null, p).items())
        .forEach(each);
  }

  /**
   * Approves a plan in consultation, for the approval feature once the Assemblea voted.
   *
   * @throws DomainException.InvalidState plan-status-transition-not-allowed
   */
  public Plan recordPlanApproval(UUID id) {
    return service.recordPlanApproval(id);
  }

  /**
   * Whether the plan's status allows this write; fails with the policy's problem type otherwise
   * ({@link PlanStatusPolicy}, for writes whose rule depends on what they change).
   *
   * @throws DomainException.InvalidState plan-approved, plan-closed…
   */
  public static void requireAllows(PlanWrite write, PlanStatus status) {
    PlanStatusPolicy.require(write, status);
  }

  /** The plan if the caller may read it, else plan-not-found. */
  public PlanRef readablePlan(UUID id) {
    PlanEntity plan = service.find(id);
    policy.requireRead(plan);
    return PlanMapper.toRef(plan);
  }

  /**
   * The plan, for objects under it (phase, table, session): when the plan is hidden from the
   * caller, the object is too, so the caller gets {@code <resource>-not-found}, not plan-not-found.
   */
  public PlanRef readablePlanOf(UUID planId, String resource, Object resourceId) {
    try {
      return readablePlan(planId);
    } catch (DomainException.NotFound hidden) {
      // The object exists under a hidden plan: hidden too, and audited on itself.
      throw DomainException.NotFound.hidden(
          resource,
          resourceId,
          hidden.refused().map(DomainException.RefusedObject::districtId).orElse(null),
          "under a draft plan of an ambito the caller does not work in");
    }
  }

  /**
   * The plan if the caller manages it and its status allows this write ({@link PlanStatusPolicy},
   * the one table of what may change in each status).
   *
   * @throws DomainException.NotFound plan-not-found
   * @throws DomainException.Forbidden not-your-district
   * @throws DomainException.InvalidState the policy's problem type (plan-approved, plan-closed…)
   */
  public PlanRef manageablePlan(UUID id, PlanWrite write) {
    PlanEntity plan = service.find(id);
    policy.requireManage(plan);
    PlanStatusPolicy.require(write, plan.status);
    return PlanMapper.toRef(plan);
  }

  /**
   * For the plan office's reads and writes whose status rule depends on what they change: the plan
   * if the caller manages it, whatever its status. The caller then asks {@link
   * PlanStatusPolicy#require} itself.
   *
   * @throws DomainException.NotFound plan-not-found
   * @throws DomainException.Forbidden not-your-district
   */
  public PlanRef officePlan(UUID id) {
    PlanEntity plan = service.find(id);
    policy.requireManage(plan);
    return PlanMapper.toRef(plan);
  }
}
