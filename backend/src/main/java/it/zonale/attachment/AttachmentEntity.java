package it.zonale.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * A document stored with its bytes in the database (docs/adr/0017), whatever it is attached to;
 * each owner kind has its own table (and foreign key to the owner), named by a subclass that maps
 * {@code ownerId} to its column. Lists read the metadata only (see {@link AttachmentRepository}).
 */
@MappedSuperclass
abstract class AttachmentEntity {
  @Id public UUID id;

  /** The call, istanza… the document belongs to; its column is named by the subclass. */
  public UUID ownerId;

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
