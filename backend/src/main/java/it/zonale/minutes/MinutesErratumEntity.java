package it.zonale.minutes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A numbered correction of approved minutes, drafted and then approved like the minutes. */
@Entity
@Table(name = "session_minutes_errata")
class MinutesErratumEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "session_id", nullable = false)
  public UUID sessionId;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Column(name = "number", nullable = false)
  public int number;

  @Column(name = "body", nullable = false)
  public String body;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  public MinutesStatus status;

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "approved_at")
  public Instant approvedAt;
}
