package it.zonale.survey;

import it.zonale.shared.web.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A full replacement of a survey's editable fields, made from {@code version}. The definition may
 * change only while the survey is a draft: once published, organisations answer it.
 */
@Schema(name = "SurveyUpdate")
public record SurveyUpdate(
    @NotBlank @Size(max = 200) String title,
    @Size(max = 4000) String description,
    @PlausibleDate
        @Schema(description = "Optional in a draft; in the future while the survey is published.")
        OffsetDateTime deadline,
    @NotNull @Valid SurveyDefinition definition,
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version this update was made from.")
        Long version) {}
