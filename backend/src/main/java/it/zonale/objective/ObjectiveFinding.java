package it.zonale.objective;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A survey finding cited by an objective, with the question's title as it was when cited. */
@Schema(name = "ObjectiveFinding")
public record ObjectiveFinding(
    @Schema(required = true) UUID surveyId,
    @Schema(required = true, maxLength = 40) String questionKey,
    @Schema(maxLength = 40) String rowKey,
    @Schema(required = true, maxLength = 900, description = "Question title [— row label].")
        String label) {}
