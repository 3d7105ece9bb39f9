package it.zonale.attachment;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A document described, without its bytes; each owner turns it into its own record of the contract
 * ({@code CallAttachment} with {@code callId}, {@code ContributionAttachment}…).
 */
public record Attachment(
    UUID id,
    UUID ownerId,
    UUID districtId,
    String filename,
    String mediaType,
    long size,
    String sha256,
    OffsetDateTime uploadedAt) {}
