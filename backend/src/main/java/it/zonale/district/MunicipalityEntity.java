package it.zonale.district;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A comune (ISTAT reference data) and the ambito it belongs to, where known. */
@Entity
@Table(name = "municipalities")
class MunicipalityEntity extends PanacheEntityBase {
  @Id
  @Column(name = "istat_code")
  public String istatCode;

  @Column(name = "name", nullable = false)
  public String name;

  @Column(name = "province_code", nullable = false)
  public String provinceCode;

  @Column(name = "population", nullable = false)
  public int population;

  @Column(name = "district_id")
  public UUID districtId;

  @Column(name = "subdistrict_id")
  public UUID subdistrictId;

  @Column(name = "mapping_basis")
  public String mappingBasis;
}
