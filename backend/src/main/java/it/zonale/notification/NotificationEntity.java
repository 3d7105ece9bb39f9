package it.zonale.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import it.zonale.participant.PreferredLanguage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One e-mail in the outbox: waiting, sent, given up after too many failures, or skipped because
 * what it announced no longer held when it was due.
 */
@Entity
@Table(name = "notification_outbox")
class NotificationEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  public NotificationKind kind;

  @Column(name = "subject_id", nullable = false)
  public UUID subjectId;

  @Column(name = "recipient", nullable = false)
  public String recipient;

  @Enumerated(EnumType.STRING)
  @Column(name = "language", nullable = false)
  public PreferredLanguage language;

  /** The template's values, already formatted in the recipient's language. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "params", nullable = false)
  public Map<String, String> params = new HashMap<>();

  /** What the mail announces beyond its subject, for its {@link StillTrue}; may be null. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "announces")
  public Map<String, String> announces;

  @Column(name = "dedup_key")
  public String dedupKey;

  @Column(name = "attempts", nullable = false)
  public int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  public Instant nextAttemptAt;

  @Column(name = "sent_at")
  public Instant sentAt;

  @Column(name = "failed_at")
  public Instant failedAt;

  /** When the sender found that the mail's fact no longer held, and did not send it. */
  @Column(name = "skipped_at")
  public Instant skippedAt;

  /** Why it was not sent: a slug, a colon, and a sentence for the operator. */
  @Column(name = "skip_reason")
  public String skipReason;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
