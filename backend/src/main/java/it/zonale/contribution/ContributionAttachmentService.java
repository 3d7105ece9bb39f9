package it.zonale.contribution;

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
 * The organisation annexes documents (PDF, ODT, DOCX, checked by content) to its draft istanza;
 * whoever may read the istanza may download them.
 */
@ApplicationScoped
public class ContributionAttachmentService {
  /** A proposal and a supporting document or two; more belongs in a meeting. */
  static final int MAX_PER_CONTRIBUTION = 5;

  static final String RESOURCE = "contribution-attachment";

  private final ContributionAttachmentRepository attachments;
  private final ContributionService contributions;
  private final AuditApi audit;

  public ContributionAttachmentService(
      ContributionAttachmentRepository attachments,
      ContributionService contributions,
      AuditApi audit) {
    this.attachments = attachments;
    this.contributions = contributions;
    this.audit = audit;
  }

  /**
   * @throws DomainException.NotFound contribution-not-found
   */
  public ContributionAttachmentPage listAttachments(UUID contributionId, PageQuery page) {
    contributions.findVisible(contributionId);
    return new ContributionAttachmentPage(
        attachments.pageOf(contributionId, page.limit, page.offset).stream()
            .map(ContributionAttachmentService::toDto)
            .toList(),
        page.limit,
        page.offset,
        attachments.countOf(contributionId));
  }

  /**
   * Stores a file whose content is of the declared type on the organisation's draft.
   *
   * @throws DomainException.NotFound contribution-not-found
   * @throws DomainException.InvalidInput bad file name, empty file
   * @throws DomainException.TooLarge attachment-too-large
   * @throws DomainException.UnsupportedContent attachment-type-mismatch, unsupported-media-type
   * @throws DomainException.InvalidState contribution-not-editable, too-many-attachments
   */
  @Transactional
  public ContributionAttachment uploadAttachment(
      UUID contributionId, String filename, String declaredMediaType, byte[] content) {
    ContributionEntity contribution = contributions.findOwn(contributionId);
    ContributionService.requireDraft(contribution);
    String name = Documents.checkFilename(filename);
    DocumentType type = Documents.checkContent(declaredMediaType, content);
    if (attachments.countOf(contributionId) >= MAX_PER_CONTRIBUTION) {
      throw DomainException.InvalidState.of(
          "too-many-attachments",
          "An istanza has at most " + MAX_PER_CONTRIBUTION + " attachments: delete one first.");
    }
    ContributionAttachmentEntity e = new ContributionAttachmentEntity();
    e.id = UUID.randomUUID();
    e.contributionId = contribution.id;
    e.districtId = contribution.districtId;
    e.filename = name;
    e.mediaType = type.mediaType;
    e.sizeBytes = content.length;
    e.sha256 = Documents.sha256(content);
    e.content = content;
    e.uploadedAt = Timestamps.now();
    attachments.persistAndFlush(e);
    ContributionAttachment created = toDto(e);
    audit.recordChange(AuditAction.CREATE, RESOURCE, e.id, e.districtId, null, created);
    return created;
  }

  /**
   * @throws DomainException.NotFound contribution-not-found, contribution-attachment-not-found
   */
  public AttachmentFile downloadAttachment(UUID contributionId, UUID attachmentId) {
    contributions.findVisible(contributionId);
    ContributionAttachmentEntity e =
        attachments
            .findWithContent(contributionId, attachmentId)
            .orElseThrow(() -> DomainException.NotFound.of(RESOURCE, attachmentId));
    return new AttachmentFile(e.filename, e.mediaType, e.content);
  }

  /**
   * @throws DomainException.NotFound contribution-not-found, contribution-attachment-not-found
   * @throws DomainException.InvalidState contribution-not-editable
   */
  @Transactional
  public void deleteAttachment(UUID contributionId, UUID attachmentId) {
    ContributionEntity contribution = contributions.findOwn(contributionId);
    ContributionService.requireDraft(contribution);
    ContributionAttachmentRepository.Row row =
        attachments
            .findRow(contributionId, attachmentId)
            .orElseThrow(() -> DomainException.NotFound.of(RESOURCE, attachmentId));
    audit.recordChange(AuditAction.DELETE, RESOURCE, row.id(), row.districtId(), toDto(row), null);
    attachments.deleteRow(row.id());
  }

  private static ContributionAttachment toDto(ContributionAttachmentEntity e) {
    return new ContributionAttachment(
        e.id,
        e.contributionId,
        e.filename,
        e.mediaType,
        e.sizeBytes,
        e.sha256,
        ContributionService.rome(e.uploadedAt));
  }

  private static ContributionAttachment toDto(ContributionAttachmentRepository.Row r) {
    return new ContributionAttachment(
        r.id(),
        r.contributionId(),
        r.filename(),
        r.mediaType(),
        r.sizeBytes(),
        r.sha256(),
        ContributionService.rome(r.uploadedAt()));
  }
}
