package it.zonale.plandocument;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An export job; the file is loaded only when downloaded. */
@Entity
@Table(name = "plan_document_exports")
class DocumentExportEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "version_id", nullable = false)
  public UUID versionId;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Enumerated(EnumType.STRING)
  @Column(name = "format", nullable = false)
  public DocumentExportFormat format;

  @Enumerated(EnumType.STRING)
  @Column(name = "edition", nullable = false)
  public DocumentEdition edition;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  public DocumentExportStatus status;

  @Column(name = "phase", nullable = false)
  public String phase;

  @Column(name = "percent", nullable = false)
  public int percent;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "file")
  public byte[] file;

  @Column(name = "file_size")
  public Long fileSize;

  @Column(name = "error")
  public String error;

  @Column(name = "attempts", nullable = false)
  public int attempts;

  @Column(name = "requested_by")
  public String requestedBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "heartbeat_at")
  public Instant heartbeatAt;

  @Column(name = "finished_at")
  public Instant finishedAt;
}
