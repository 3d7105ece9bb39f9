package it.zonale.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The legal record of one erasure, without the person's data. */
@Entity
@Table(name = "personal_data_erasures")
class ErasureEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "participant_id", nullable = false)
  public UUID participantId;

  @Column(name = "number", nullable = false)
  public long number;

  @Column(name = "pseudonym", nullable = false)
  public String pseudonym;

  @Column(name = "district_id")
  public UUID districtId;

  @Column(name = "reason", nullable = false)
  public String reason;

  @Column(name = "requested_by", nullable = false)
  public String requestedBy;

  @Column(name = "erased_at", nullable = false)
  public Instant erasedAt;
}
