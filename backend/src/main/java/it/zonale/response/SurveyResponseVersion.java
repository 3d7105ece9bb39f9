package it.zonale.response;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The version an action (submit, reopen) was decided on. */
@Schema(name = "SurveyResponseVersion")
public record SurveyResponseVersion(
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(required = true, format = "int64", description = "The version acted on.")
        Long version) {}
