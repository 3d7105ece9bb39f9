package it.zonale.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One question. Its {@code key} is unique in the survey and stable across versions and copies:
 * answers, the synthesis and the objectives' citations refer to it. Fields that do not apply to the
 * {@code type} stay null.
 */
@Schema(description = "A typed question of a needs survey.")
public record SurveyQuestion(
    @NotBlank @Pattern(regexp = KEY_PATTERN) @Size(max = 40) String key,
    @NotNull QuestionType type,
    @NotBlank @Size(max = 500) String title,
    @Size(max = 2000) String help,
    boolean required,
    @Schema(description = "The thematic table this question informs.") UUID tableId,
    @Schema(description = "The policy area this question informs.") UUID policyAreaId,
    @Schema(description = "Unit of a NUMBER answer, e.g. \"persone\" or \"€\".") @Size(max = 40)
        String unit,
    @Schema(
            format = "decimal",
            description = "Lower bound of a NUMBER, or first point of a RATING scale.")
        BigDecimal min,
    @Schema(
            format = "decimal",
            description = "Upper bound of a NUMBER, or last point of a RATING scale.")
        BigDecimal max,
    @Schema(description = "Label of the lowest RATING point.") @Size(max = 100) String minLabel,
    @Schema(description = "Label of the highest RATING point.") @Size(max = 100) String maxLabel,
    @Schema(description = "Options of a choice question, columns of a MATRIX.")
        @Valid
        @Size(max = 50)
        List<ChoiceOption> options,
    @Schema(description = "Rows of a MATRIX.") @Valid @Size(max = 50) List<MatrixRow> rows) {

  /** Keys are short, lower case, and safe in a JSON pointer. */
  public static final String KEY_PATTERN = "^[a-z][a-z0-9_]*$";
}
