package it.zonale.contribution;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An annex of an istanza, described; its bytes are downloaded apart. */
@Schema(name = "ContributionAttachment")
public record ContributionAttachment(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID contributionId,
    @Schema(required = true, maxLength = 200, example = "Proposta_domiciliarita.pdf")
        String filename,
    @Schema(
            required = true,
            maxLength = 100,
            pattern = "^[a-z]+/[a-z0-9.+-]+$",
            example = "application/pdf",
            description =
                "application/pdf, application/vnd.oasis.opendocument.text or"
                    + " application/vnd.openxmlformats-officedocument.wordprocessingml.document.")
        String mediaType,
    @Schema(
            required = true,
            format = "int64",
            minimum = "1",
            maximum = "10485760",
            description = "Bytes.")
        long size,
    @Schema(
            required = true,
            maxLength = 64,
            pattern = "^[0-9a-f]{64}$",
            description = "SHA-256 of the content, lower-case hex: check a download against it.")
        String sha256,
    @Schema(required = true) OffsetDateTime uploadedAt) {}
