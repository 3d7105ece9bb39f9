package it.zonale.call;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A call for expressions of interest as the API shows it; the deadline carries Rome's offset. */
@Schema(name = "Call")
public record Call(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID planId,
    @Schema(
            required = true,
            maxLength = 200,
            example = "Invito al Terzo settore per il Piano di Zona 2021-2023")
        String title,
    @Schema(required = true, maxLength = 20000, description = "The text of the call (Italian).")
        String text,
    @Schema(
            required = true,
            example = "2021-09-10T23:59:00+02:00",
            description =
                "Expressions of interest submitted from this instant on are kept but flagged late.")
        OffsetDateTime deadline,
    @Schema(required = true, description = "OPEN before the deadline, CLOSED from it on.")
        CallStatus status,
    @Schema(
            required = true,
            maxItems = 50,
            description = "The tables of the plan that organisations may ask to join.")
        List<UUID> tableIds,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        long version,
    @Schema(required = true, description = "When it was last changed (UTC).")
        OffsetDateTime updatedAt) {}
