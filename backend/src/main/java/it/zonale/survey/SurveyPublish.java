package it.zonale.survey;

import it.zonale.shared.web.PlausibleDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Publishing a draft survey: organisations may answer it until the deadline. */
@Schema(name = "SurveyPublish")
public record SurveyPublish(
    @NotNull
        @PlausibleDate
        @Schema(
            description = "In the future; RFC 3339 with offset, e.g. 2021-09-20T23:59:00+02:00.")
        OffsetDateTime deadline,
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version this was decided from.")
        Long version) {}
