package it.zonale.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A full replacement of a plan's editable fields, made from {@code version}. */
@Schema(name = "PlanUpdate")
public record PlanUpdate(
    @NotBlank @Size(max = 200) String title,
    @Size(max = 10000) String description,
    @NotNull @Min(2000) @Max(2100) @Schema(format = "int32") Integer startYear,
    @NotNull @Min(2000) @Max(2100) @Schema(format = "int32") Integer endYear,
    @NotNull @Size(max = 50) List<@NotNull UUID> policyAreaIds,
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version this update was made from.")
        Long version) {}
