package it.zonale.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A titled group of questions, shown as one page on a phone. */
@Schema(description = "A section of a needs survey.")
public record SurveySection(
    @NotBlank @Pattern(regexp = SurveyQuestion.KEY_PATTERN) @Size(max = 40) String key,
    @NotBlank @Size(max = 200) String title,
    @Size(max = 2000) String description,
    @NotNull @Valid @Size(max = 100) List<SurveyQuestion> questions) {}
