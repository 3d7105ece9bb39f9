package it.zonale.objective;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Records or corrects the value of one year; {@code version} is required to correct one. */
@Schema(name = "MeasurementPut")
public record MeasurementPut(
    @NotNull @DecimalMin("-1000000000000") @DecimalMax("1000000000000") @Schema(format = "double")
        BigDecimal value,
    @Size(max = 1000) String note,
    @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(
            format = "int64",
            description =
                "Omit for a new year; the current version to correct a recorded one (else 409).")
        Long version) {}
