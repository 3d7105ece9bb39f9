package it.zonale.plan;

import it.zonale.audit.AuditService;
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
public class PlanPolicy {
  private final CurrentUser user;
  private final AuditService audit;

  public PlanPolicy(CurrentUser user, AuditService audit) {
    this.user = user;
    this.audit = audit;
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

  /** Not visible: 404, so that other tenants' drafts stay unknown. Visible but not managed: 403. */
  public void requireManage(PlanEntity plan) {
    if (!canRead(plan.districtId, plan.status)) {
      throw DomainException.NotFound.of("plan", plan.id);
    }
    if (!user.managesDistrict(plan.districtId)) {
      audit.recordDenied(
          "plan", plan.id, plan.districtId, "change by someone who is not its plan office");
      throw DomainException.Forbidden.of(
          "not-your-district", "Only the plan office of this ambito can change its plan.");
    }
  }

  public void requireRead(PlanEntity plan) {
    if (!canRead(plan.districtId, plan.status)) {
      throw DomainException.NotFound.of("plan", plan.id);
    }
  }
}
