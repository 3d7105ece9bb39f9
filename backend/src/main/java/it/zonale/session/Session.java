package it.zonale.session;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as the API shows it; times carry the Europe/Rome offset of their date. */
@Schema(name = "Session")
public record Session(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID planId,
    @Schema(description = "Set for TABLE sessions.") UUID tableId,
    @Schema(required = true) SessionKind kind,
    @Schema(required = true, maxLength = 200) String title,
    @Schema(required = true, example = "2021-09-29T16:30:00+02:00") OffsetDateTime startsAt,
    @Schema(required = true, example = "2021-09-29T18:30:00+02:00") OffsetDateTime endsAt,
    @Schema(required = true, maxLength = 40, example = "Europe/Rome") String timeZone,
    @Schema(required = true) SessionMode mode,
    @Schema(maxLength = 300) String place,
    @Schema(maxLength = 2000, format = "uri") String onlineUrl,
    @Schema(required = true, maxItems = 50) List<AgendaItem> agenda,
    @Schema(format = "int32", minimum = "1", maximum = "100000") Integer capacity,
    @Schema(required = true) SessionStatus status,
    @Schema(maxLength = 2000, description = "Why the session was cancelled; set when CANCELLED.")
        String cancellationReason,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        long version,
    @Schema(required = true, description = "When it was last changed (UTC).")
        OffsetDateTime updatedAt) {}
