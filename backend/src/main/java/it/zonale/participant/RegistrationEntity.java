package it.zonale.participant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A participant's registration to a session; cancelling keeps the row for the record. */
@Entity
@Table(name = "registrations")
class RegistrationEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "session_id", nullable = false)
  public UUID sessionId;

  @Column(name = "participant_id", nullable = false)
  public UUID participantId;

  @Column(name = "organization_id", nullable = false)
  public UUID organizationId;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  public RegistrationStatus status;

  @Column(name = "registered_at", nullable = false)
  public Instant registeredAt;

  @Column(name = "cancelled_at")
  public Instant cancelledAt;

  /** Whether the person attended; null until the plan office records it. */
  @Column(name = "attended")
  public Boolean attended;

  @Column(name = "attendance_recorded_at")
  public Instant attendanceRecordedAt;

  /** When a waitlisted registration got a seat. */
  @Column(name = "promoted_at")
  public Instant promotedAt;
}
