package it.zonale.plandocument;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries on document versions, always those of one plan. */
@ApplicationScoped
class DocumentVersionRepository implements PanacheRepositoryBase<DocumentVersionEntity, UUID> {

  public List<DocumentVersionEntity> pageOf(UUID planId, int limit, int offset) {
    return find("planId", Sort.descending("number"), planId)
        .range(offset, offset + limit - 1)
        .list();
  }

  public long countOf(UUID planId) {
    return count("planId", planId);
  }

  public Optional<DocumentVersionEntity> byNumber(UUID planId, int number) {
    return find("planId = ?1 and number = ?2", planId, number).firstResultOptional();
  }

  public Optional<DocumentVersionEntity> latest(UUID planId) {
    return find("planId", Sort.descending("number"), planId).firstResultOptional();
  }

  public boolean hasFrozen(UUID planId) {
    return count("planId = ?1 and frozenAt is not null", planId) > 0;
  }

  /**
   * Serialises the numbering of one plan's versions until the transaction ends (a transaction-level
   * advisory lock on the plan id), so two assemblies never take the same number.
   */
  public int nextNumber(UUID planId) {
    getEntityManager()
        .createNativeQuery("select pg_advisory_xact_lock(?1)")
        .setParameter(1, planId.getMostSignificantBits() ^ planId.getLeastSignificantBits())
        .getSingleResult();
    Number max =
        (Number)
            getEntityManager()
                .createNativeQuery(
                    "select coalesce(max(number), 0) from plan_document_versions where plan_id = ?1")
                .setParameter(1, planId)
                .getSingleResult();
    return max.intValue() + 1;
  }
}
