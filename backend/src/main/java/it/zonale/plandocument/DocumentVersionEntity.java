package it.zonale.plandocument;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An assembled version of a plan's document; immutable but for its freezing. */
@Entity
@Table(name = "plan_document_versions")
class DocumentVersionEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Column(name = "number", nullable = false)
  public int number;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "content", nullable = false, columnDefinition = "jsonb")
  public String content;

  @Column(name = "content_sha256", nullable = false)
  public String sha256;

  @Column(name = "chapter_count", nullable = false)
  public int chapterCount;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Column(name = "frozen_at")
  public Instant frozenAt;

  @Column(name = "approval_id")
  public UUID approvalId;
}
