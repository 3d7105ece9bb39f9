package it.zonale.objective;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far the latest measurement has gone from the baseline towards the target. */
@Schema(name = "IndicatorProgress")
public record IndicatorProgress(
    @Schema(required = true) ProgressBasis basis,
    @Schema(format = "int32", minimum = "2000", maximum = "2101") Integer latestYear,
    @Schema(format = "double") BigDecimal latestValue,
    @Schema(
            format = "double",
            description =
                "(latest - baseline) / (target - baseline), not clamped: below 0 means worse than"
                    + " the baseline, above 1 beyond the target. Null without measurements.")
        Double ratio,
    @Schema(
            format = "int32",
            minimum = "0",
            maximum = "100",
            description = "The ratio clamped to 0-100 %, for a progress bar.")
        Integer percent) {}
