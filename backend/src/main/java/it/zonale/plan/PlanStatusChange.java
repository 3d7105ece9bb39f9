package it.zonale.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Moves a plan to its next status. */
@Schema(name = "PlanStatusChange")
public record PlanStatusChange(
    @NotNull PlanStatus status,
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version the change was made from.")
        Long version) {}
