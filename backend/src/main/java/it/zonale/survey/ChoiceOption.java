package it.zonale.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An answer a choice or matrix question offers. A matrix column may carry a {@code value} (e.g. the
 * need level 1-4), so that the synthesis can give means and medians per row.
 */
@Schema(description = "An option of a choice question, or a column of a matrix question.")
public record ChoiceOption(
    @NotBlank @Pattern(regexp = SurveyQuestion.KEY_PATTERN) @Size(max = 40) String key,
    @NotBlank @Size(max = 300) String label,
    @Schema(
            format = "decimal",
            description = "Numeric value of a matrix column, for means and medians.")
        BigDecimal value) {}
