package it.zonale.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes to and claims from the outbox. */
@ApplicationScoped
class NotificationRepository implements PanacheRepositoryBase<NotificationEntity, UUID> {
  private final ObjectMapper json;

  public NotificationRepository(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Adds a mail to the outbox; with a dedup key, only if no mail with that key exists, even when
   * another replica inserts the same key at the same time (the unique index decides).
   *
   * @return whether the row was inserted
   */
  public boolean enqueue(
      NotificationKind kind,
      UUID subjectId,
      String recipient,
      String language,
      Map<String, String> params,
      Map<String, String> announces,
      String dedupKey,
      Instant now) {
    String paramsJson;
    String announcesJson;
    try {
      paramsJson = json.writeValueAsString(params);
      announcesJson = announces == null ? null : json.writeValueAsString(announces);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("notification parameters are not serialisable", e);
    }
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    int inserted =
        getEntityManager()
            .createNativeQuery(
                "insert into notification_outbox"
                    + " (id, kind, subject_id, recipient, language, params, dedup_key,"
                    + " next_attempt_at, created_at, announces)"
                    + " values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), ?7, ?8, ?8,"
                    + " cast(?9 as jsonb))"
                    + " on conflict (dedup_key) do nothing")
            .setParameter(1, UUID.randomUUID())
            .setParameter(2, kind.name())
            .setParameter(3, subjectId)
            .setParameter(4, recipient)
            .setParameter(5, language)
            .setParameter(6, paramsJson)
            .setParameter(7, dedupKey)
            .setParameter(8, at)
            .setParameter(9, announcesJson)
            .executeUpdate();
    return inserted == 1;
  }

  /**
   * Locks up to {@code max} due mails for this transaction; rows another replica holds are skipped,
   * so no mail is sent twice at once.
   */
  @SuppressWarnings("unchecked")
  public List<NotificationEntity> claimDue(Instant now, int max) {
    return getEntityManager()
        .createNativeQuery(
            "select * from notification_outbox"
                + " where sent_at is null and failed_at is null and skipped_at is null"
                + " and next_attempt_at <= ?1"
                + " order by next_attempt_at, id limit ?2 for update skip locked",
            NotificationEntity.class)
        .setParameter(1, now.atOffset(ZoneOffset.UTC))
        .setParameter(2, max)
        .getResultList();
  }

  /**
   * Locks one mail for sending until the transaction ends, if it is still neither sent, given up
   * nor skipped; waits for a replica that holds it, then sees what that replica decided.
   */
  @SuppressWarnings("unchecked")
  public java.util.Optional<NotificationEntity> lockPending(UUID id) {
    return getEntityManager()
        .createNativeQuery(
            "select * from notification_outbox where id = ?1 and sent_at is null"
                + " and failed_at is null and skipped_at is null for update",
            NotificationEntity.class)
        .setParameter(1, id)
        .getResultList()
        .stream()
        .findFirst();
  }
}
