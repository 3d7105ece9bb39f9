package it.zonale.contribution;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries on an istanza's annexes; lists never load the files' bytes. */
@ApplicationScoped
public class ContributionAttachmentRepository
    implements PanacheRepositoryBase<ContributionAttachmentEntity, UUID> {

  /** An attachment without its bytes. */
  public record Row(
      UUID id,
      UUID contributionId,
      UUID districtId,
      String filename,
      String mediaType,
      long sizeBytes,
      String sha256,
      Instant uploadedAt) {}

  private static final String ROW =
      "select a.id, a.contributionId, a.districtId, a.filename, a.mediaType, a.sizeBytes, a.sha256,"
          + " a.uploadedAt from ContributionAttachmentEntity a";

  public List<Row> pageOf(UUID contributionId, int limit, int offset) {
    return getEntityManager()
        .createQuery(
            ROW + " where a.contributionId = :contribution order by a.uploadedAt, a.id",
            Object[].class)
        .setParameter("contribution", contributionId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(ContributionAttachmentRepository::row)
        .toList();
  }

  public Optional<Row> findRow(UUID contributionId, UUID id) {
    return getEntityManager()
        .createQuery(ROW + " where a.contributionId = :contribution and a.id = :id", Object[].class)
        .setParameter("contribution", contributionId)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .map(ContributionAttachmentRepository::row);
  }

  public Optional<ContributionAttachmentEntity> findWithContent(UUID contributionId, UUID id) {
    return find("contributionId = ?1 and id = ?2", contributionId, id).firstResultOptional();
  }

  public long countOf(UUID contributionId) {
    return count("contributionId", contributionId);
  }

  /** Deletes without loading the bytes first. */
  public void deleteRow(UUID id) {
    delete("id", id);
  }

  private static Row row(Object[] r) {
    return new Row(
        (UUID) r[0],
        (UUID) r[1],
        (UUID) r[2],
        (String) r[3],
        (String) r[4],
        (Long) r[5],
        (String) r[6],
        (Instant) r[7]);
  }
}
