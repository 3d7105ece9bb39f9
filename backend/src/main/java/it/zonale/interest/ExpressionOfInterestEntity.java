package it.zonale.interest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An organisation's manifestazione d'interesse for a call, one per organisation and call. */
@Entity
@Table(name = "expressions_of_interest")
class ExpressionOfInterestEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "call_id", nullable = false)
  public UUID callId;

  @Column(name = "organization_id", nullable = false)
  public UUID organizationId;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  public ExpressionOfInterestStatus status;

  @Column(name = "late", nullable = false)
  public boolean late;

  /** Rewritten whole on every edit (a bag): few rows, and no ordering to keep. */
  @ElementCollection
  @CollectionTable(
      name = "expression_of_interest_tables",
      joinColumns = @JoinColumn(name = "expression_of_interest_id"))
  @OrderBy("tableId")
  public List<TableChoiceEmbeddable> tableChoices = new ArrayList<>();

  @Column(name = "runts_registered", nullable = false)
  public boolean runtsRegistered;

  @Column(name = "runts_number")
  public String runtsNumber;

  @Column(name = "note")
  public String note;

  @Column(name = "submitted_at")
  public Instant submittedAt;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "decision_reason")
  public String decisionReason;

  @Column(name = "withdrawn_at")
  public Instant withdrawnAt;

  @Version
  @Column(name = "version", nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
