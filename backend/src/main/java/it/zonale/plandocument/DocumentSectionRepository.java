package it.zonale.plandocument;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Queries on narrative sections, always those of one plan, in document order. */
@ApplicationScoped
class DocumentSectionRepository implements PanacheRepositoryBase<DocumentSectionEntity, UUID> {
  private static final Sort ORDER = Sort.ascending("order").and("key");

  public List<DocumentSectionEntity> pageOf(UUID planId, int limit, int offset) {
    return find("planId", ORDER, planId).range(offset, offset + limit - 1).list();
  }

  public List<DocumentSectionEntity> allOf(UUID planId) {
    return list("planId", ORDER, planId);
  }

  public long countOf(UUID planId) {
    return count("planId", planId);
  }

  public boolean keyTaken(UUID planId, String key) {
    return count("planId = ?1 and key = ?2", planId, key) > 0;
  }
}
