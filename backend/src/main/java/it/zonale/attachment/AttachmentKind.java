package it.zonale.attachment;

import java.util.function.Supplier;

/**
 * What documents can be attached to: each kind has its table, the slug of its problems and audit
 * entries ({@code call-attachment-not-found}), and how many documents one owner may hold. A new
 * owner (a co-design proposal) is a table, an entity subclass and a constant here.
 */
public enum AttachmentKind {
  /** A call has a text, an annex or two; twenty documents of 10 MB are already plenty. */
  CALL("call-attachment", 20, "A call", CallAttachmentEntity.class, CallAttachmentEntity::new),
  /** A proposal and a supporting document or two; more belongs in a meeting. */
  CONTRIBUTION(
      "contribution-attachment",
      5,
      "An istanza",
      ContributionAttachmentEntity.class,
      ContributionAttachmentEntity::new);

  /** The resource name of problems ({@code <slug>-not-found}) and of the audit log. */
  public final String slug;

  /** The most documents one owner holds. */
  public final int maxPerOwner;

  final String ownerNoun;
  final Supplier<AttachmentEntity> newEntity;
  final String entityName;

  AttachmentKind(
      String slug,
      int maxPerOwner,
      String ownerNoun,
      Class<? extends AttachmentEntity> entity,
      Supplier<AttachmentEntity> newEntity) {
    this.slug = slug;
    this.maxPerOwner = maxPerOwner;
    this.ownerNoun = ownerNoun;
    this.newEntity = newEntity;
    this.entityName = entity.getSimpleName();
  }
}
