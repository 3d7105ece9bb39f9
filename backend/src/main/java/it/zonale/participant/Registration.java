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
    OffsetDateTime cancelledAt,
    @Schema(description = "When a waitlisted registration got a seat.") OffsetDateTime promotedAt,
    @Schema(
            description = "Place in the session's waitlist, 1 first; only when WAITLISTED.",
            format = "int32",
            minimum = "1",
            maximum = "100000")
        Integer waitlistPosition,
    @Schema(description = "Whether the person attended; absent until the plan office records it.")
        Boolean attended) {}
