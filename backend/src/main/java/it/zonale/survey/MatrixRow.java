package it.zonale.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A row of a matrix question: often a policy area or a target group whose need is rated. */
@Schema(description = "A row of a matrix question, optionally tied to a policy area.")
public record MatrixRow(
    @NotBlank @Pattern(regexp = SurveyQuestion.KEY_PATTERN) @Size(max = 40) String key,
    @NotBlank @Size(max = 300) String label,
    UUID policyAreaId) {}
