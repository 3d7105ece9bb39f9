package it.zonale.contribution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An annex of a contribution, stored with its bytes; lists read its metadata only (see repository).
 */
@Entity
@Table(name = "contribution_attachments")
public class ContributionAttachmentEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "contribution_id", nullable = false)
  public UUID contributionId;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Column(name = "filename", nullable = false)
  public String filename;

  @Column(name = "media_type", nullable = false)
  public String mediaType;

  @Column(name = "size_bytes", nullable = false)
  public long sizeBytes;

  @Column(name = "sha256", nullable = false)
  public String sha256;

  @Column(name = "content", nullable = false)
  public byte[] content;

  @Column(name = "uploaded_at", nullable = false)
  public Instant uploadedAt;
}
