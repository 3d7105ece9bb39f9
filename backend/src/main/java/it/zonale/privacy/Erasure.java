package it.zonale.privacy;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The record of a person's erasure: the pseudonym they now carry, why and when. */
@Schema(name = "Erasure")
public record Erasure(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID participantId,
    @Schema(required = true, maxLength = 200, example = "Persona rimossa n. 12") String pseudonym,
    @Schema(required = true, maxLength = 2000) String reason,
    @Schema(required = true, maxLength = 200, description = "Who asked for it, or `retention`.")
        String requestedBy,
    @Schema(required = true) OffsetDateTime erasedAt) {}
