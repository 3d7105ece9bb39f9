package it.zonale.participant;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mail written to a person (queued, sent or given up), for a personal-data export. */
@Schema(name = "PersonMail")
public record PersonMail(
    @Schema(required = true) UUID id,
    @Schema(required = true, maxLength = 60) String kind,
    @Schema(required = true, maxLength = 254) String recipient,
    @Schema(required = true, maxLength = 2) String language,
    @Schema(required = true) OffsetDateTime createdAt,
    OffsetDateTime sentAt,
    OffsetDateTime failedAt) {}
