package it.zonale.attachment;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.shared.document.AttachmentFile;
import it.zonale.shared.document.DocumentType;
import it.zonale.shared.document.Documents;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.persistence.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The documents of a call, an istanza or any other owner: PDF, ODT or DOCX of at most 10 MB,
 * checked by their content ({@link Documents}), stored in the database, listed, downloaded and
 * deleted. The owner decides who may read and who may change them: each use case takes its access
 * rule as a {@code Supplier<AttachmentOwner>} that throws when the caller may not, run first and
 * inside the same transaction; and a {@code view} turning an {@link Attachment} into the owner's
 * record of the contract, also what the audit log records. This is the component's published API
 * (docs/conventions.md rule 51): owners use it, with the static HTTP answers below.
 */
@ApplicationScoped
public class AttachmentApi {
  /** The largest file: {@link Documents#MAX_BYTES}. */
  public static final int MAX_BYTES = Documents.MAX_BYTES;

  /** The longest file name: {@link Documents#MAX_FILENAME}. */
  public static final int MAX_FILENAME = Documents.MAX_FILENAME;

  static final ZoneId ZONE = ZoneId.of("Europe/Rome");

  /** One page of an owner's documents, oldest first, and how many it holds. */
  public record Listing<T>(List<T> items, long total) {}

  private final AttachmentRepository attachments;
  private final AuditApi audit;

  AttachmentApi(AttachmentRepository attachments, AuditApi audit) {
    this.attachments = attachments;
    this.audit = audit;
  }

  /**
   * @throws DomainException.NotFound from {@code readable}
   */
  public <T> Listing<T> listAttachments(
      AttachmentKind kind,
      Supplier<AttachmentOwner> readable,
      int limit,
      int offset,
      Function<Attachment, T> view) {
    UUID owner = readable.get().id();
    return new Listing<>(
        attachments.pageOf(kind, owner, limit, offset).stream()
            .map(r -> view.apply(toAttachment(r)))
            .toList(),
        attachments.countOf(kind, owner));
  }

  /**
   * Stores a file whose content is of the declared type.
   *
   * @throws DomainException.InvalidInput bad file name, empty file
   * @throws DomainException.TooLarge attachment-too-large
   * @throws DomainException.UnsupportedContent attachment-type-mismatch, unsupported-media-type
   * @throws DomainException.InvalidState too-many-attachments, and what {@code writable} throws
   */
  @Transactional
  public <T> T uploadAttachment(
      AttachmentKind kind,
      Supplier<AttachmentOwner> writable,
      String filename,
      String declaredMediaType,
      byte[] content,
      Function<Attachment, T> view) {
    AttachmentOwner owner = writable.get();
    String name = Documents.checkFilename(filename);
    DocumentType type = Documents.checkContent(declaredMediaType, content);
    if (attachments.countOf(kind, owner.id()) >= kind.maxPerOwner) {
      throw DomainException.InvalidState.of(
          "too-many-attachments",
          kind.ownerNoun + " has at most " + kind.maxPerOwner + " attachments: delete one first.");
    }
    AttachmentEntity e = kind.newEntity.get();
    e.id = UUID.randomUUID();
    e.ownerId = owner.id();
    e.districtId = owner.districtId();
    e.filename = name;
    e.mediaType = type.mediaType;
    e.sizeBytes = content.length;
    e.sha256 = Documents.sha256(content);
    e.content = content;
    e.uploadedAt = Timestamps.now();
    attachments.persistAndFlush(e);
    T created =
        view.apply(
            new Attachment(
                e.id,
                e.ownerId,
                e.districtId,
                e.filename,
                e.mediaType,
                e.sizeBytes,
                e.sha256,
                rome(e.uploadedAt)));
    audit.recordChange(AuditAction.CREATE, kind.slug, e.id, e.districtId, null, created);
    return created;
  }

  /**
   * @throws DomainException.NotFound {@code <kind>-not-found}, and what {@code readable} throws
   */
  public AttachmentFile downloadAttachment(
      AttachmentKind kind, Supplier<AttachmentOwner> readable, UUID attachmentId) {
    AttachmentEntity e =
        attachments
            .findWithContent(kind, readable.get().id(), attachmentId)
            .orElseThrow(() -> DomainException.NotFound.of(kind.slug, attachmentId));
    return new AttachmentFile(e.filename, e.mediaType, e.content);
  }

  /**
   * @throws DomainException.NotFound {@code <kind>-not-found}, and what {@code writable} throws
   */
  @Transactional
  public void deleteAttachment(
      AttachmentKind kind,
      Supplier<AttachmentOwner> writable,
      UUID attachmentId,
      Function<Attachment, ?> view) {
    AttachmentRepository.Row row =
        attachments
            .findRow(kind, writable.get().id(), attachmentId)
            .orElseThrow(() -> DomainException.NotFound.of(kind.slug, attachmentId));
    audit.recordChange(
        AuditAction.DELETE,
        kind.slug,
        row.id(),
        row.districtId(),
        view.apply(toAttachment(row)),
        null);
    attachments.deleteRow(kind, row.id());
  }

  private static Attachment toAttachment(AttachmentRepository.Row r) {
    return new Attachment(
        r.id(),
        r.ownerId(),
        r.districtId(),
        r.filename(),
        r.mediaType(),
        r.sizeBytes(),
        r.sha256(),
        rome(r.uploadedAt()));
  }

  private static OffsetDateTime rome(Instant instant) {
    return instant.atZone(ZONE).toOffsetDateTime();
  }

  /** 201 with the new document's address (the collection's path and its id). */
  public static Response created(UriInfo uri, UUID id, Object entity) {
    return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
        .entity(entity)
        .build();
  }

  /** The bytes as uploaded, with their media type and Content-Disposition: attachment. */
  public static Response download(AttachmentFile file) {
    return Response.ok(file.content(), file.mediaType())
        .header("Content-Disposition", file.contentDisposition())
        .build();
  }
}
