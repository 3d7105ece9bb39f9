package it.zonale.district;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A sub-ambito: a part of a district where sub-district tables meet. */
@Entity
@Table(name = "subdistricts")
class SubdistrictEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Column(name = "name", nullable = false)
  public String name;
}
