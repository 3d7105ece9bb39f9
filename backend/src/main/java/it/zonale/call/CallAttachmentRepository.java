package it.zonale.call;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries on a call's attachments; lists never load the files' bytes. */
@ApplicationScoped
public class CallAttachmentRepository implements PanacheRepositoryBase<CallAttachmentEntity, UUID> {

  /** An attachment without its bytes. */
  public record Row(
      UUID id,
      UUID callId,
      UUID districtId,
      String filename,
      String mediaType,
      long sizeBytes,
      String sha256,
      Instant uploadedAt) {}

  private static final String ROW =
      "select a.id, a.callId, a.districtId, a.filename, a.mediaType, a.sizeBytes, a.sha256,"
          + " a.uploadedAt from CallAttachmentEntity a";

  public List<Row> pageOf(UUID callId, int limit, int offset) {
    return getEntityManager()
        .createQuery(ROW + " where a.callId = :call order by a.uploadedAt, a.id", Object[].class)
        .setParameter("call", callId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(CallAttachmentRepository::row)
        .toList();
  }

  public Optional<Row> findRow(UUID callId, UUID id) {
    return getEntityManager()
        .createQuery(ROW + " where a.callId = :call and a.id = :id", Object[].class)
        .setParameter("call", callId)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .map(CallAttachmentRepository::row);
  }

  public Optional<CallAttachmentEntity> findWithContent(UUID callId, UUID id) {
    return find("callId = ?1 and id = ?2", callId, id).firstResultOptional();
  }

  public long countOf(UUID callId) {
    return count("callId", callId);
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
