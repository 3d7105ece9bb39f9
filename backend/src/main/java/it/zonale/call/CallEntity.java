package it.zonale.call;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A call for expressions of interest of a plan and the tables it opens to membership. */
@Entity
@Table(name = "calls")
class CallEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Column(name = "title", nullable = false)
  public String title;

  @Column(name = "text", nullable = false)
  public String text;

  @Column(name = "deadline", nullable = false)
  public Instant deadline;

  @ElementCollection
  @CollectionTable(name = "call_tables", joinColumns = @JoinColumn(name = "call_id"))
  @Column(name = "table_id")
  public Set<UUID> tableIds = new LinkedHashSet<>();

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
