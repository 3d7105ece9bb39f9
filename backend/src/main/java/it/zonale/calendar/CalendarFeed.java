package it.zonale.calendar;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the signed-in user has a private calendar feed; never its secret address. */
@Schema(name = "CalendarFeed")
public record CalendarFeed(
    @Schema(required = true, description = "True while the feed's address works.") boolean active,
    @Schema(description = "When the current address was made; absent when not active.")
        OffsetDateTime createdAt,
    @Schema(description = "The organisation whose registrations the feed lists.")
        UUID organizationId) {}
