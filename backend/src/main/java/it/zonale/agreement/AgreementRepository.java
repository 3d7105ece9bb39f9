package it.zonale.agreement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Queries on agreements: one per plan. */
@ApplicationScoped
class AgreementRepository implements PanacheRepositoryBase<AgreementEntity, UUID> {
  public Optional<AgreementEntity> findOfPlan(UUID planId) {
    return find("planId", planId).firstResultOptional();
  }
}
