package it.zonale.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new draft survey of a plan: blank, with a definition, or copied from a previous plan's. */
@Schema(name = "SurveyCreate")
public record SurveyCreate(
    @NotBlank @Size(max = 200) String title,
    @Size(max = 4000) String description,
    @Valid
        @Schema(description = "The questions; none for a blank survey. Not with copyFromSurveyId.")
        SurveyDefinition definition,
    @Schema(
            description =
                "A published or closed survey of another plan of the same ambito, whose questions"
                    + " are copied (tables dropped, policy areas kept where this plan has them).")
        UUID copyFromSurveyId) {}
