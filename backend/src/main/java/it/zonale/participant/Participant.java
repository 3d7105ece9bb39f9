package it.zonale.participant;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person who takes part for an organisation. */
@Schema(name = "Participant")
public record Participant(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID organizationId,
    @Schema(required = true, maxLength = 200) String fullName,
    @Schema(maxLength = 200, description = "Role in the organisation, e.g. presidente, referente.")
        String organizationRole,
    @Schema(required = true, maxLength = 254, format = "email") String email,
    @Schema(
            required = true,
            description = "Language of the e-mails Zonale sends this person: IT (default) or EN.")
        PreferredLanguage preferredLanguage,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        long version) {}
