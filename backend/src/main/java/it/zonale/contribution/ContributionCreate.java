package it.zonale.contribution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new istanza of the caller's organisation, as a draft. */
@Schema(name = "ContributionCreate")
public record ContributionCreate(
    @NotBlank @Size(max = MAX_TITLE) String title,
    @NotBlank @Size(max = MAX_TEXT) String text,
    @Schema(description = "A table of the same plan.") UUID tableId,
    @Schema(description = "An incontro of the same plan where the istanza was raised.")
        UUID sessionId,
    @Size(max = MAX_AREAS) @Schema(description = "Policy areas of the plan; none when omitted.")
        List<@NotNull UUID> policyAreaIds) {
  public static final int MAX_TITLE = 200;
  public static final int MAX_TEXT = 10000;
  public static final int MAX_AREAS = 20;
}
