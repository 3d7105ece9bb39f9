package it.zonale.plandocument;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A narrative section of a plan's document. */
@Entity
@Table(name = "plan_document_sections")
class DocumentSectionEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Column(name = "section_key", nullable = false)
  public String key;

  @Column(name = "title", nullable = false)
  public String title;

  @Column(name = "body", nullable = false)
  public String text;

  @Column(name = "sort_order", nullable = false)
  public int order;

  @Version
  @Column(name = "version", nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
