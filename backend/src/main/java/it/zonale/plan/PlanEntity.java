package it.zonale.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A Piano di Zona of one ambito for a period, with the policy areas it works on. */
@Entity
@Table(name = "plans")
class PlanEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Column(name = "title", nullable = false)
  public String title;

  @Column(name = "description")
  public String description;

  @Column(name = "start_year", nullable = false)
  public int startYear;

  @Column(name = "end_year", nullable = false)
  public int endYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  public PlanStatus status;

  @ElementCollection
  @CollectionTable(name = "plan_policy_areas", joinColumns = @JoinColumn(name = "plan_id"))
  @Column(name = "policy_area_id")
  public Set<UUID> policyAreaIds = new LinkedHashSet<>();

  @Version
  @Column(name = "version", nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
