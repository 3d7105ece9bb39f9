package it.zonale.agreement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The plan office's decision on a pending request of adhesion. */
@Schema(name = "AdhesionDecision")
public record AdhesionDecision(
    @NotNull AdhesionOutcome outcome,
    @Size(max = 2000) @Schema(description = "Required when outcome is REJECTED.") String reason,
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version the decision was made on.")
        Long version) {}
