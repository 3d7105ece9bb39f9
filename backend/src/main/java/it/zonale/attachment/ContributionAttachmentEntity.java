package it.zonale.attachment;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An annex of an istanza, deleted with the istanza. */
@Entity
@Table(name = "contribution_attachments")
@AttributeOverride(name = "ownerId", column = @Column(name = "contribution_id", nullable = false))
class ContributionAttachmentEntity extends AttachmentEntity {}
