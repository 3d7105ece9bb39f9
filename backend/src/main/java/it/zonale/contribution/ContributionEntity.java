package it.zonale.contribution;

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

/** An organisation's istanza to a plan; {@code number} is given at submission. */
@Entity
@Table(name = "contributions")
class ContributionEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Column(name = "organization_id", nullable = false)
  public UUID organizationId;

  @Column(name = "table_id")
  public UUID tableId;

  @Column(name = "session_id")
  public UUID sessionId;

  @ElementCollection
  @CollectionTable(
      name = "contribution_policy_areas",
      joinColumns = @JoinColumn(name = "contribution_id"))
  @Column(name = "policy_area_id")
  public Set<UUID> policyAreaIds = new LinkedHashSet<>();

  @Column(name = "title", nullable = false)
  public String title;

  @Column(name = "text", nullable = false)
  public String text;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  public ContributionStatus status;

  @Column(name = "number")
  public Integer number;

  @Column(name = "submitted_at")
  public Instant submittedAt;

  @Column(name = "withdrawn_at")
  public Instant withdrawnAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome")
  public ContributionOutcome outcome;

  @Column(name = "reasoning")
  public String reasoning;

  @Column(name = "answered_at")
  public Instant answeredAt;

  @Version
  @Column(name = "version", nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
