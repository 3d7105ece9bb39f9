package it.zonale.changefeed;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event of the change feed: what changed, when, and where to read it now. */
@Schema(name = "ChangeEvent")
public record ChangeEvent(
    @Schema(
            required = true,
            description =
                "The event's own position: pass it as after to read the events that follow it.",
            maxLength = 100,
            pattern = "^[A-Za-z0-9_-]+$")
        String cursor,
    @Schema(
            required = true,
            description = "The event type, a stable slug (see docs/integrators.md).",
            maxLength = 60,
            example = "session.moved")
        String type,
    @Schema(required = true, description = "When the change was made (its transaction).")
        OffsetDateTime occurredAt,
    @Schema(required = true, maxLength = 60, example = "session") String resourceType,
    @Schema(required = true) UUID resourceId,
    @Schema(
            format = "int64",
            minimum = "0",
            maximum = "9223372036854775807",
            description = "The resource's version after the change; absent if it has none.")
        Long version,
    @Schema(
            required = true,
            maxLength = 300,
            description = "The API path that reads the resource as it is now.")
        String link,
    @Schema(required = true, description = "The ambito (district) of the resource.")
        UUID districtId,
    @Schema(description = "The plan the resource hangs from; absent if none.") UUID planId) {}
