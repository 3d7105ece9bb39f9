package it.zonale.participant;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything the participant feature holds about one person, for a personal-data export. */
@Schema(name = "PersonRecord")
public record PersonRecord(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID organizationId,
    @Schema(required = true, maxLength = 200, description = "A pseudonym once erased.")
        String fullName,
    @Schema(maxLength = 200) String organizationRole,
    @Schema(maxLength = 254, description = "Absent once erased.") String email,
    @Schema(required = true) PreferredLanguage preferredLanguage,
    @Schema(required = true) OffsetDateTime createdAt,
    @Schema(description = "When the person was erased (pseudonymised); absent otherwise.")
        OffsetDateTime erasedAt,
    @Schema(required = true, maxItems = 100000) List<PersonRegistration> registrations) {}
