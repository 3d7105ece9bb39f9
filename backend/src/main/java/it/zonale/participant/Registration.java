package it.zonale.participant;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant's registration to a session. */
@Schema(name = "Registration")
public record Registration(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID sessionId,
    @Schema(required = true) UUID participantId,
    @Schema(required = true) UUID organizationId,
    @Schema(required = true, maxLength = 200) String fullName,
    @Schema(required = true) RegistrationStatus status,
    @Schema(required = true) OffsetDateTime registeredAt,
    OffsetDateTime cancelledAt) {}
