package it.zonale.table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An organisation admitted to a table, with its titular and substitute delegates. */
@Entity
@Table(name = "table_memberships")
class TableMembershipEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "table_id", nullable = false)
  public UUID tableId;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Column(name = "organization_id", nullable = false)
  public UUID organizationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  public TableMemberStatus status;

  @Column(name = "titular_participant_id", nullable = false)
  public UUID titularParticipantId;

  @Column(name = "substitute_participant_id")
  public UUID substituteParticipantId;

  @Column(name = "expression_of_interest_id")
  public UUID expressionOfInterestId;

  @Column(name = "admitted_at", nullable = false)
  public Instant admittedAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
