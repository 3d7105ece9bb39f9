package it.zonale.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Appends to and reads the audit log; it offers no update. */
@ApplicationScoped
class AuditRepository implements PanacheRepositoryBase<AuditEntity, Long> {
  public List<AuditEntity> pageOf(UUID districtId, int limit, int offset) {
    return find(
            "districtId",
            Sort.descending("occurredAt").and("id", Sort.Direction.Descending),
            districtId)
        .range(offset, offset + limit - 1)
        .list();
  }

  /** When a change of this kind to an object of this type was last recorded in the ambito. */
  public Optional<java.time.Instant> latest(
      String resourceType, AuditAction action, UUID districtId) {
    return Optional.ofNullable(
        getEntityManager()
            .createQuery(
                "select max(a.occurredAt) from AuditEntity a where a.districtId = ?1"
                    + " and a.resourceType = ?2 and a.action = ?3",
                java.time.Instant.class)
            .setParameter(1, districtId)
            .setParameter(2, resourceType)
            .setParameter(3, action)
            .getSingleResult());
  }

  public long countOf(UUID districtId) {
    return count("districtId", districtId);
  }

  /**
   * Runs a query selecting the ambito of one object by its id: empty when no such object exists,
   * else its ambito (empty inside when the object has none).
   */
  public Optional<Optional<UUID>> districtOf(String query, UUID id) {
    List<?> rows = getEntityManager().createNativeQuery(query).setParameter(1, id).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Optional.ofNullable((UUID) rows.get(0)));
  }
}
