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

/** One e-mail in the outbox: waiting, sent, or given up after too many failures. */
@Entity
@Table(name = "notification_outbox")
public class NotificationEntity extends PanacheEntityBase {
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

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
