package it.zonale.district;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An ambito territoriale: reference data loaded by migration, read-only through the API. */
@Entity
@Table(name = "districts")
class DistrictEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "code", nullable = false)
  public String code;

  @Column(name = "name", nullable = false)
  public String name;

  @Column(name = "province_code", nullable = false)
  public String provinceCode;

  @Column(name = "lead_body")
  public String leadBody;

  @Column(name = "health_authority")
  public String healthAuthority;

  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  public Instant createdAt;
}
