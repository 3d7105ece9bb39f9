package it.zonale.policyarea;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An area di policy of the regional guidelines; the catalogue is reference data. */
@Entity
@Table(name = "policy_areas")
class PolicyAreaEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "code", nullable = false)
  public String code;

  @Column(name = "name", nullable = false)
  public String name;

  @Column(name = "description")
  public String description;

  @Column(name = "position", nullable = false)
  public int position;
}
