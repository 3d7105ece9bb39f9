package it.zonale.phase;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** A dated phase of a plan's timeline; without an end date it is a milestone (e.g. a deadline). */
@Entity
@Table(name = "plan_phases")
class PhaseEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  public PhaseKind kind;

  @Column(name = "name", nullable = false)
  public String name;

  @Column(name = "description")
  public String description;

  @Column(name = "start_date", nullable = false)
  public LocalDate startDate;

  @Column(name = "end_date")
  public LocalDate endDate;

  @Version
  @Column(name = "version", nullable = false)
  public long version;
}
