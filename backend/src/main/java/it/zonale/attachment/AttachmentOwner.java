package it.zonale.attachment;

import java.util.UUID;

/**
 * What the owner's access rule answers: the call or istanza the caller may read or change, and its
 * ambito (stored with each document, for the audit log).
 */
public record AttachmentOwner(UUID id, UUID districtId) {}
