package it.zonale.objective;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A survey finding to cite: a question of a survey of the same plan, or one row of a matrix. */
@Schema(name = "ObjectiveFindingRef")
public record ObjectiveFindingRef(
    @NotNull UUID surveyId,
    @NotBlank @Size(max = 40) @Pattern(regexp = KEY) String questionKey,
    @Size(max = 40) @Pattern(regexp = KEY) @Schema(description = "A row of a MATRIX question.")
        String rowKey) {
  static final String KEY = "^[a-z][a-z0-9_]*$";
}
