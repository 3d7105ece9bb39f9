package it.zonale.objective;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new indicator of an objective. */
@Schema(name = "IndicatorCreate")
public record IndicatorCreate(
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 40) String unit,
    @NotNull @DecimalMin("-1000000000000") @DecimalMax("1000000000000") @Schema(format = "double")
        BigDecimal baselineValue,
    @NotNull @Min(2000) @Max(2100) @Schema(format = "int32") Integer baselineYear,
    @NotNull @DecimalMin("-1000000000000") @DecimalMax("1000000000000") @Schema(format = "double")
        BigDecimal targetValue,
    @NotNull @Min(2000) @Max(2100) @Schema(format = "int32") Integer targetYear,
    @Size(max = 500) String source,
    @NotNull IndicatorFrequency frequency) {}
