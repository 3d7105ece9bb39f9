package it.zonale.agreement;

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

/** An organisation's request of adhesion to a plan's accordo. */
@Entity
@Table(name = "agreement_adhesions")
class AdhesionEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "agreement_id", nullable = false)
  public UUID agreementId;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Column(name = "organization_id", nullable = false)
  public UUID organizationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  public AdhesionStatus status;

  @Column(name = "note")
  public String note;

  @Column(name = "requested_at", nullable = false)
  public Instant requestedAt;

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
