package it.zonale.attachment;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A document of a call (the invito, annex A), deleted with the call. */
@Entity
@Table(name = "call_attachments")
@AttributeOverride(name = "ownerId", column = @Column(name = "call_id", nullable = false))
class CallAttachmentEntity extends AttachmentEntity {}
