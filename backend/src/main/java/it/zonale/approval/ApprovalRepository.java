package it.zonale.approval;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** The approval of a plan, at most one. */
@ApplicationScoped
class ApprovalRepository implements PanacheRepositoryBase<ApprovalEntity, UUID> {
  public Optional<ApprovalEntity> ofPlan(UUID planId) {
    return find("planId", planId).firstResultOptional();
  }
}
