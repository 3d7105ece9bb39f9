package it.zonale.survey;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Closing a published survey: no more answers, the synthesis is final. */
@Schema(name = "SurveyClose")
public record SurveyClose(
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version this was decided from.")
        Long version) {}
