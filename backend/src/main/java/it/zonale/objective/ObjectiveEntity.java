package it.zonale.objective;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An objective of a plan, with its actions and the istanze and survey findings it cites. */
@Entity
@Table(name = "objectives")
class ObjectiveEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Column(name = "policy_area_id", nullable = false)
  public UUID policyAreaId;

  @Column(name = "table_id")
  public UUID tableId;

  @Column(name = "title", nullable = false)
  public String title;

  @Column(name = "description")
  public String description;

  @ElementCollection
  @CollectionTable(name = "objective_actions", joinColumns = @JoinColumn(name = "objective_id"))
  @OrderColumn(name = "position")
  @Column(name = "text")
  public List<String> actions = new ArrayList<>();

  @Column(name = "actors")
  public String actors;

  @Column(name = "resources_amount")
  public BigDecimal resourcesAmount;

  @Column(name = "start_date")
  public LocalDate startDate;

  @Column(name = "end_date")
  public LocalDate endDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  public ObjectiveStatus status;

  @ElementCollection
  @CollectionTable(
      name = "objective_contributions",
      joinColumns = @JoinColumn(name = "objective_id"))
  public Set<CitedContribution> contributions = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "objective_findings", joinColumns = @JoinColumn(name = "objective_id"))
  public Set<CitedFinding> findings = new LinkedHashSet<>();

  @Version
  @Column(name = "version", nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** An istanza cited, with its reference kept (numbers are never reused). */
  @Embeddable
  public record CitedContribution(
      @Column(name = "contribution_id", nullable = false) UUID contributionId,
      @Column(name = "reference", nullable = false) String reference) {}

  /** A survey question (row key '' for the whole question) cited, with its title when cited. */
  @Embeddable
  public record CitedFinding(
      @Column(name = "survey_id", nullable = false) UUID surveyId,
      @Column(name = "question_key", nullable = false) String questionKey,
      @Column(name = "row_key", nullable = false) String rowKey,
      @Column(name = "question_title", nullable = false) String questionTitle) {}
}
