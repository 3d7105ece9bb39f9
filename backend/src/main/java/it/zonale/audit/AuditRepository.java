package it.zonale.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Appends to and reads the audit log; it offers no update. */
@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntity, Long> {
  public List<AuditEntity> pageOf(UUID districtId, int limit, int offset) {
    return find(
            "districtId",
            Sort.descending("occurredAt").and("id", Sort.Direction.Descending),
            districtId)
        .range(offset, offset + limit - 1)
        .list();
  }

  public long countOf(UUID districtId) {
    return count("districtId", districtId);
  }
}
