package it.zonale.objective;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The value of an indicator in one year. */
@Entity
@Table(name = "indicator_measurements")
class MeasurementEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "indicator_id", nullable = false)
  public UUID indicatorId;

  @Column(name = "year", nullable = false)
  public int year;

  @Column(name = "value", nullable = false)
  public BigDecimal value;

  @Column(name = "note")
  public String note;

  @Version
  @Column(name = "version", nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
