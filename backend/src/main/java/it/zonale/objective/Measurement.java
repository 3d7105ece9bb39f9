package it.zonale.objective;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The value of an indicator in one year. */
@Schema(name = "Measurement")
public record Measurement(
    @Schema(required = true, format = "int32", minimum = "2000", maximum = "2101") int year,
    @Schema(required = true, format = "double") BigDecimal value,
    @Schema(maxLength = 1000) String note,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        long version,
    @Schema(required = true) OffsetDateTime updatedAt) {}
