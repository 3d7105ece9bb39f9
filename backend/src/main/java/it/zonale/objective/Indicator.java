package it.zonale.objective;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator of an objective with its yearly measurements and its progress. */
@Schema(name = "Indicator")
public record Indicator(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID objectiveId,
    @Schema(required = true, maxLength = 200) String name,
    @Schema(required = true, maxLength = 40, example = "persone") String unit,
    @Schema(required = true, format = "double") BigDecimal baselineValue,
    @Schema(required = true, format = "int32", minimum = "2000", maximum = "2100") int baselineYear,
    @Schema(required = true, format = "double") BigDecimal targetValue,
    @Schema(required = true, format = "int32", minimum = "2000", maximum = "2100") int targetYear,
    @Schema(maxLength = 500) String source,
    @Schema(required = true) IndicatorFrequency frequency,
    @Schema(required = true, maxItems = 110, description = "Oldest year first.")
        List<Measurement> measurements,
    @Schema(required = true) IndicatorProgress progress,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        long version) {}
