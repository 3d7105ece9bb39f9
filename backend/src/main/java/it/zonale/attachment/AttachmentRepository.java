package it.zonale.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Queries on the documents of any owner kind, each in its own table (the entity named by {@link
 * AttachmentKind}); lists never load the files' bytes. One repository for all kinds, so it works on
 * the {@link EntityManager} rather than on one Panache entity type.
 */
@ApplicationScoped
class AttachmentRepository {

  /** An attachment without its bytes. */
  public record Row(
      UUID id,
      UUID ownerId,
      UUID districtId,
      String filename,
      String mediaType,
      long sizeBytes,
      String sha256,
      Instant uploadedAt) {}

  private final EntityManager em;

  public AttachmentRepository(EntityManager em) {
    this.em = em;
  }

  private static String rows(AttachmentKind kind) {
    return "select a.id, a.ownerId, a.districtId, a.filename, a.mediaType, a.sizeBytes, a.sha256,"
        + " a.uploadedAt from "
        + kind.entityName
        + " a";
  }

  public List<Row> pageOf(AttachmentKind kind, UUID ownerId, int limit, int offset) {
    return em
        .createQuery(
            rows(kind) + " where a.ownerId = :owner order by a.uploadedAt, a.id", Object[].class)
        .setParameter("owner", ownerId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(AttachmentRepository::row)
        .toList();
  }

  public Optional<Row> findRow(AttachmentKind kind, UUID ownerId, UUID id) {
    return em.createQuery(rows(kind) + " where a.ownerId = :owner and a.id = :id", Object[].class)
        .setParameter("owner", ownerId)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .map(AttachmentRepository::row);
  }

  public Optional<AttachmentEntity> findWithContent(AttachmentKind kind, UUID ownerId, UUID id) {
    return em.createQuery(
            "select a from " + kind.entityName + " a where a.ownerId = :owner and a.id = :id",
            AttachmentEntity.class)
        .setParameter("owner", ownerId)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public long countOf(AttachmentKind kind, UUID ownerId) {
    return em.createQuery(
            "select count(a) from " + kind.entityName + " a where a.ownerId = :owner", Long.class)
        .setParameter("owner", ownerId)
        .getSingleResult();
  }

  public void persistAndFlush(AttachmentEntity e) {
    em.persist(e);
    em.flush();
  }

  /** Deletes without loading the bytes first. */
  public void deleteRow(AttachmentKind kind, UUID id) {
    em.createQuery("delete from " + kind.entityName + " a where a.id = :id")
        .setParameter("id", id)
        .executeUpdate();
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
