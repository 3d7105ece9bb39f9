package it.zonale.objective;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An istanza cited by an objective, with the number the plan cites it by. */
@Schema(name = "ObjectiveContribution")
public record ObjectiveContribution(
    @Schema(required = true) UUID contributionId,
    @Schema(required = true, maxLength = 20, pattern = "^IST-[0-9]{3,}$", example = "IST-001")
        String reference) {}
