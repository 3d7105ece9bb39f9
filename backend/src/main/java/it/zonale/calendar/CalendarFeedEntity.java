package it.zonale.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A user's private calendar feed: the hash of its secret key and the organisation it lists. */
@Entity
@Table(name = "calendar_feeds")
class CalendarFeedEntity extends PanacheEntityBase {
  /** The Keycloak subject of the user: one feed per user. */
  @Id
  @Column(name = "user_id")
  public String userId;

  @Column(name = "organization_id", nullable = false)
  public UUID organizationId;

  /** SHA-256 of the key, in hex; the key itself is never stored. */
  @Column(name = "token_hash", nullable = false)
  public String tokenHash;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
