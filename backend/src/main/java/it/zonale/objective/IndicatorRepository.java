package it.zonale.objective;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Queries on indicators, by objective. */
@ApplicationScoped
class IndicatorRepository implements PanacheRepositoryBase<IndicatorEntity, UUID> {
  public List<IndicatorEntity> ofObjectives(Collection<UUID> objectiveIds) {
    if (objectiveIds.isEmpty()) {
      return List.of();
    }
    return list("objectiveId in ?1 order by createdAt, id", objectiveIds);
  }

  public long countOf(UUID objectiveId) {
    return count("objectiveId", objectiveId);
  }
}
