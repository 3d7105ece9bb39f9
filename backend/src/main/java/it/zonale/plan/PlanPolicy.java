package it.zonale.plan;

import it.zonale.shared.error.DomainException;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.UUID;

/**
 * Who may see and manage a plan and what hangs from it: published plans are public, drafts are seen
 * by the plan office, health authority and comuni of their ambito, and only that plan office
 * manages them.
 */
@RequestScoped
class PlanPolicy {
  private final CurrentUser user;

  public PlanPolicy(CurrentUser user) {
    this.user = user;
  }

  public boolean canRead(UUID districtId, PlanStatus status) {
    return status.isPublic() || draftDistricts().contains(districtId);
  }

  /** The districts whose draft plans the caller may read. */
  public Set<UUID> draftDistricts() {
    if (user.hasRole(Roles.CONSORTIUM) || user.hasRole(Roles.ASST) || user.hasRole(Roles.COMUNE)) {
      return user.districtIds();
    }
    return Set.of();
  }

  /**
   * Not visible: 404, so that other tenants' drafts stay unknown. Visible but not managed: 403.
   * Both name the plan, so that the refusal is audited on it whatever child the request touched.
   */
  public void requireManage(PlanEntity plan) {
    requireRead(plan);
    if (!user.managesDistrict(plan.districtId)) {
      throw DomainException.Forbidden.on(
          "plan",
          plan.id,
          plan.districtId,
          "not-your-district",
          "Only the plan office of this ambito can change its plan.");
    }
  }

  public void requireRead(PlanEntity plan) {
    if (!canRead(plan.districtId, plan.status)) {
      throw DomainException.NotFound.hidden(
          "plan",
          plan.id,
          plan.districtId,
          "a draft plan of an ambito the caller does not work in");
    }
  }
}
