package it.zonale.plandocument;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A comment on a version of a plan's document. */
@Entity
@Table(name = "plan_document_comments")
class DocumentCommentEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "version_id", nullable = false)
  public UUID versionId;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Column(name = "chapter_key")
  public String chapterKey;

  @Column(name = "organization_id")
  public UUID organizationId;

  @Column(name = "author", nullable = false)
  public String author;

  @Column(name = "body", nullable = false)
  public String text;

  @Column(name = "reply")
  public String reply;

  @Column(name = "replied_at")
  public Instant repliedAt;

  @Column(name = "replied_by")
  public String repliedBy;

  @Version
  @Column(name = "version", nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
