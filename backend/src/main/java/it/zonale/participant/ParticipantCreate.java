package it.zonale.participant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new participant of an organisation. */
@Schema(name = "ParticipantCreate")
public record ParticipantCreate(
    @NotNull UUID organizationId,
    @NotBlank @Size(max = 200) String fullName,
    @Size(max = 200) String organizationRole,
    @NotBlank @Email @Size(max = 254) String email,
    @Schema(description = "Language of the e-mails Zonale sends this person; IT when absent.")
        PreferredLanguage preferredLanguage) {}
