package it.zonale.plandocument;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A version of the plan document as listed: its number, when and by whom, and its hash. */
@Schema(name = "DocumentVersion")
public record DocumentVersion(
    @Schema(required = true) UUID planId,
    @Schema(required = true, format = "int32", minimum = "1", maximum = "1000000") int number,
    @Schema(required = true) OffsetDateTime createdAt,
    @Schema(required = true, maxLength = 200) String createdBy,
    @Schema(
            required = true,
            maxLength = 64,
            pattern = "^[0-9a-f]{64}$",
            description =
                "SHA-256 (hex) of the version's canonical JSON content: sorted keys, no blanks,"
                    + " UTF-8. Published with the approved version.")
        String sha256,
    @Schema(required = true, description = "The version approved by the Assemblea dei Sindaci.")
        boolean frozen,
    OffsetDateTime frozenAt,
    @Schema(description = "The approval that froze it.") UUID approvalId,
    @Schema(required = true, format = "int32", minimum = "0", maximum = "1000") int chapterCount) {}
