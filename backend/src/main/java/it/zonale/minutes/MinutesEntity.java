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

/** The minutes of one session; every saved version is kept in the audit log. */
@Entity
@Table(name = "session_minutes")
class MinutesEntity extends PanacheEntityBase {
  @Id
  @Column(name = "session_id")
  public UUID sessionId;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Column(name = "body", nullable = false)
  public String body;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  public MinutesStatus status;

  @Version public long version;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "approved_at")
  public Instant approvedAt;
}
