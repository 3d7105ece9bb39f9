package it.zonale.plandocument;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comment on a version of the plan document, and the plan office's reply if any. */
@Schema(name = "DocumentComment")
public record DocumentComment(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID planId,
    @Schema(required = true, format = "int32", minimum = "1", maximum = "1000000")
        int versionNumber,
    @Schema(maxLength = 80, description = "The chapter commented on; absent for the whole version.")
        String chapterKey,
    @Schema(description = "The organisation the author acts for.") UUID organizationId,
    @Schema(required = true, maxLength = 200) String author,
    @Schema(required = true, maxLength = 4000) String text,
    @Schema(maxLength = 4000, description = "The plan office's answer.") String reply,
    OffsetDateTime repliedAt,
    @Schema(required = true) OffsetDateTime createdAt,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        long version) {}
