package it.zonale.objective;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries on yearly measurements, by indicator. */
@ApplicationScoped
class MeasurementRepository implements PanacheRepositoryBase<MeasurementEntity, UUID> {
  public List<MeasurementEntity> ofIndicators(Collection<UUID> indicatorIds) {
    if (indicatorIds.isEmpty()) {
      return List.of();
    }
    return list("indicatorId in ?1 order by year", indicatorIds);
  }

  public Optional<MeasurementEntity> find(UUID indicatorId, int year) {
    return find("indicatorId = ?1 and year = ?2", indicatorId, year).firstResultOptional();
  }
}
