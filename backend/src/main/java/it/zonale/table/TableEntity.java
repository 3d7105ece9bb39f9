package it.zonale.table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A tavolo tematico of a plan and the policy areas it works on. */
@Entity
@jakarta.persistence.Table(name = "thematic_tables")
class TableEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Column(name = "name", nullable = false)
  public String name;

  @Column(name = "description")
  public String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_group", nullable = false)
  public TargetGroup targetGroup;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", nullable = false)
  public TableLevel level;

  @Column(name = "subdistrict_id")
  public UUID subdistrictId;

  @ElementCollection
  @CollectionTable(
      name = "thematic_table_policy_areas",
      joinColumns = @JoinColumn(name = "table_id"))
  @Column(name = "policy_area_id")
  public Set<UUID> policyAreaIds = new LinkedHashSet<>();

  @Version
  @Column(name = "version", nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** Every write moves updatedAt, whichever use case made it (incremental reads rely on it). */
  @jakarta.persistence.PreUpdate
  void touch() {
    updatedAt = it.zonale.shared.persistence.Timestamps.now();
  }
}
