package it.zonale.call;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.shared.document.AttachmentFile;
import it.zonale.shared.document.DocumentType;
import it.zonale.shared.document.Documents;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.web.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The plan office attaches the call's documents (the invito, annex A) as PDF, ODT or DOCX, checked
 * by their content; whoever may read the call may download them.
 */
@ApplicationScoped
public class CallAttachmentService {
  /** The largest file: {@link Documents#MAX_BYTES}. */
  public static final int MAX_BYTES = Documents.MAX_BYTES;

  /** A call has a text, an annex or two; twenty documents of 10 MB are already plenty. */
  static final int MAX_PER_CALL = 20;

  static final int MAX_FILENAME = Documents.MAX_FILENAME;

  private final CallAttachmentRepository attachments;
  private final CallService calls;
  private final AuditApi audit;

  public CallAttachmentService(
      CallAttachmentRepository attachments, CallService calls, AuditApi audit) {
    this.attachments = attachments;
    this.calls = calls;
    this.audit = audit;
  }

  /**
   * @throws DomainException.NotFound call-not-found
   */
  public CallAttachmentPage listAttachments(UUID callId, PageQuery page) {
    calls.readableCall(callId);
    return new CallAttachmentPage(
        attachments.pageOf(callId, page.limit, page.offset).stream()
            .map(CallAttachmentService::toDto)
            .toList(),
        page.limit,
        page.offset,
        attachments.countOf(callId));
  }

  /**
   * Stores a file whose content is of the declared type.
   *
   * @throws DomainException.InvalidInput bad file name, empty file
   * @throws DomainException.TooLarge attachment-too-large
   * @throws DomainException.UnsupportedContent attachment-type-mismatch, unsupported-media-type
   * @throws DomainException.InvalidState too-many-attachments
   */
  @Transactional
  public CallAttachment uploadAttachment(
      UUID callId, String filename, String declaredMediaType, byte[] content) {
    CallRef call = calls.manageableCall(callId);
    String name = Documents.checkFilename(filename);
    DocumentType type = Documents.checkContent(declaredMediaType, content);
    if (attachments.countOf(callId) >= MAX_PER_CALL) {
      throw DomainException.InvalidState.of(
          "too-many-attachments",
          "A call has at most " + MAX_PER_CALL + " attachments: delete one first.");
    }
    CallAttachmentEntity e = new CallAttachmentEntity();
    e.id = UUID.randomUUID();
    e.callId = call.id();
    e.districtId = call.districtId();
    e.filename = name;
    e.mediaType = type.mediaType;
    e.sizeBytes = content.length;
    e.sha256 = Documents.sha256(content);
    e.content = content;
    e.uploadedAt = Timestamps.now();
    attachments.persistAndFlush(e);
    CallAttachment created = toDto(e);
    audit.recordChange(AuditAction.CREATE, "call-attachment", e.id, e.districtId, null, created);
    return created;
  }

  /**
   * @throws DomainException.NotFound call-not-found, call-attachment-not-found
   */
  public AttachmentFile downloadAttachment(UUID callId, UUID attachmentId) {
    calls.readableCall(callId);
    CallAttachmentEntity e =
        attachments
            .findWithContent(callId, attachmentId)
            .orElseThrow(() -> DomainException.NotFound.of("call-attachment", attachmentId));
    return new AttachmentFile(e.filename, e.mediaType, e.content);
  }

  /**
   * @throws DomainException.NotFound call-not-found, call-attachment-not-found
   */
  @Transactional
  public void deleteAttachment(UUID callId, UUID attachmentId) {
    calls.manageableCall(callId);
    CallAttachmentRepository.Row row =
        attachments
            .findRow(callId, attachmentId)
            .orElseThrow(() -> DomainException.NotFound.of("call-attachment", attachmentId));
    audit.recordChange(
        AuditAction.DELETE, "call-attachment", row.id(), row.districtId(), toDto(row), null);
    attachments.deleteRow(row.id());
  }

  private static CallAttachment toDto(CallAttachmentEntity e) {
    return new CallAttachment(
        e.id,
        e.callId,
        e.filename,
        e.mediaType,
        e.sizeBytes,
        e.sha256,
        e.uploadedAt.atZone(CallService.ZONE).toOffsetDateTime());
  }

  private static CallAttachment toDto(CallAttachmentRepository.Row r) {
    return new CallAttachment(
        r.id(),
        r.callId(),
        r.filename(),
        r.mediaType(),
        r.sizeBytes(),
        r.sha256(),
        r.uploadedAt().atZone(CallService.ZONE).toOffsetDateTime());
  }
}
