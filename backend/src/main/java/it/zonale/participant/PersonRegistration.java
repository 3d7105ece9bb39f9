package it.zonale.participant;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One registration of a person to a session, with its attendance, for a personal-data export. */
@Schema(name = "PersonRegistration")
public record PersonRegistration(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID sessionId,
    @Schema(required = true) RegistrationStatus status,
    @Schema(required = true) OffsetDateTime registeredAt,
    OffsetDateTime cancelledAt,
    OffsetDateTime promotedAt,
    @Schema(description = "Whether the person attended; absent until recorded.") Boolean attended,
    OffsetDateTime attendanceRecordedAt) {}
