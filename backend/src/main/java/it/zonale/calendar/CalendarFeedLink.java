package it.zonale.calendar;

import java.net.URI;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The secret address of a new private calendar feed, shown once, when it is made. */
@Schema(name = "CalendarFeedLink")
public record CalendarFeedLink(
    @Schema(
            required = true,
            format = "uri",
            maxLength = 2000,
            description =
                "Absolute address to subscribe to in a calendar app. It is the feed's only"
                    + " credential: keep it private; creating a new one or revoking ends it.",
            example =
                "https://api.zonale.example.org/api/v1/calendar-feeds/"
                    + "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")
        URI url,
    @Schema(required = true) OffsetDateTime createdAt) {}
