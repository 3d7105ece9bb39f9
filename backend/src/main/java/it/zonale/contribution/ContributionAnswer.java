package it.zonale.contribution;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The plan office's answer to a submitted istanza, or its correction. */
@Schema(name = "ContributionAnswer")
public record ContributionAnswer(
    @NotNull ContributionOutcome outcome,
    @NotBlank
        @Size(max = MAX_REASONING)
        @Schema(description = "Why: the answer is public with the istanza.")
        String reasoning,
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version the answer was made on.")
        Long version) {
  public static final int MAX_REASONING = 4000;
}
