package it.zonale.plandocument;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Export jobs, and the claiming of the next one by a worker. */
@ApplicationScoped
class DocumentExportRepository implements PanacheRepositoryBase<DocumentExportEntity, UUID> {

  public Optional<DocumentExportEntity> live(
      UUID versionId, DocumentExportFormat format, DocumentEdition edition) {
    return find(
            "versionId = ?1 and format = ?2 and edition = ?3 and status <> ?4",
            versionId,
            format,
            edition,
            DocumentExportStatus.FAILED)
        .firstResultOptional();
  }

  /**
   * Takes the oldest queued job (or one whose worker stopped beating before {@code staleBefore})
   * and marks it RUNNING, in one statement: FOR UPDATE SKIP LOCKED lets several API replicas poll
   * at once without two of them ever taking the same job.
   */
  public Optional<UUID> claimNext(Instant now, Instant staleBefore) {
    var rows =
        getEntityManager()
            .createNativeQuery(
                """
                update plan_document_exports set status = 'RUNNING', phase = 'LOADING', percent = 5,
                  attempts = attempts + 1, started_at = ?1, heartbeat_at = ?1
                where id = (select id from plan_document_exports
                            where status = 'QUEUED' or (status = 'RUNNING' and heartbeat_at < ?2)
                            order by created_at, id limit 1 for update skip locked)
                returning id
                """)
            .setParameter(1, now)
            .setParameter(2, staleBefore)
            .getResultList();
    return rows.stream().findFirst().map(id -> (UUID) id);
  }
}
