package it.zonale.organization;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan office's decision on an organisation's proposed kind, made from {@code version}. */
@Schema(name = "KindProposalDecision")
public record KindProposalDecision(
    @NotNull
        @Schema(
            description =
                "ACCEPTED: proposedKind and proposedRuntsSection become kind and runtsSection."
                    + " REJECTED: they are dropped and the confirmed ones stay.")
        KindProposalOutcome outcome,
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version of the organisation decided on.")
        Long version) {}
