package it.zonale.objective;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An indicator of an objective: what is measured, from which baseline to which target. */
@Entity
@Table(name = "indicators")
class IndicatorEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "objective_id", nullable = false)
  public UUID objectiveId;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Column(name = "name", nullable = false)
  public String name;

  @Column(name = "unit", nullable = false)
  public String unit;

  @Column(name = "baseline_value", nullable = false)
  public BigDecimal baselineValue;

  @Column(name = "baseline_year", nullable = false)
  public int baselineYear;

  @Column(name = "target_value", nullable = false)
  public BigDecimal targetValue;

  @Column(name = "target_year", nullable = false)
  public int targetYear;

  @Column(name = "source")
  public String source;

  @Enumerated(EnumType.STRING)
  @Column(name = "frequency", nullable = false)
  public IndicatorFrequency frequency;

  @Version
  @Column(name = "version", nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
