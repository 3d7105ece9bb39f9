package it.zonale.minutes;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A numbered correction of approved minutes, shown with them once approved. */
@Schema(name = "MinutesErratum")
public record MinutesErratum(
    @Schema(required = true, format = "int32", minimum = "1", maximum = "10000") int number,
    @Schema(required = true, maxLength = 100000, description = "The correction, in plain text.")
        String body,
    @Schema(required = true) MinutesStatus status,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        long version,
    @Schema(required = true) OffsetDateTime updatedAt,
    OffsetDateTime approvedAt) {}
