package it.zonale.participant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A full replacement of a participant's fields, made from {@code version}. */
@Schema(name = "ParticipantUpdate")
public record ParticipantUpdate(
    @NotBlank @Size(max = 200) String fullName,
    @Size(max = 200) String organizationRole,
    @NotBlank @Email @Size(max = 254) String email,
    @Schema(
            description =
                "Language of the e-mails Zonale sends this person; unchanged when absent.")
        PreferredLanguage preferredLanguage,
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version this update was made from.")
        Long version) {}
