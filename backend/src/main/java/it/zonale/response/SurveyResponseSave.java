package it.zonale.response;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An autosave of the caller's organisation's response: the whole set of answers so far. */
@Schema(name = "SurveyResponseSave")
public record SurveyResponseSave(
    @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(
            format = "int64",
            description = "The version saved from; null (or absent) on the first save.")
        Long version,
    @Schema(description = "The sub-ambito the organisation answers for.") UUID subdistrictId,
    @NotNull
        @Schema(
            required = true,
            implementation = SurveyAnswersSchema.class,
            description = "A draft may be incomplete, but every value must fit its question.")
        ObjectNode answers) {}
