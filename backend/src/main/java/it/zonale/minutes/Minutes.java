package it.zonale.minutes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The minutes (verbale) of a session. */
@Schema(name = "Minutes")
public record Minutes(
    @Schema(required = true) UUID sessionId,
    @Schema(required = true, maxLength = 100000, description = "The text, in plain paragraphs.")
        String body,
    @Schema(required = true) MinutesStatus status,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        long version,
    @Schema(required = true) OffsetDateTime updatedAt,
    OffsetDateTime approvedAt,
    @Schema(
            required = true,
            maxItems = 10000,
            description =
                "Numbered corrections of the approved minutes, oldest first: approved ones for"
                    + " everyone, a draft only for the plan office.")
        List<MinutesErratum> errata) {}
