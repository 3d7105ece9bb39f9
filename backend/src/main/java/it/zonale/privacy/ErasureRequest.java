package it.zonale.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The plan office asks to erase a person: why, and their login if they have one. */
@Schema(name = "ErasureRequest")
public record ErasureRequest(
    @Schema(
            required = true,
            maxLength = 2000,
            description =
                "Why (the request's reference, e.g. a protocol number); the person's name in it is"
                    + " replaced by the pseudonym.")
        @NotBlank
        @Size(max = 2000)
        String reason,
    @Schema(
            maxLength = 200,
            description =
                "The person's Zonale login (username), if they have one: the audit log's actor name"
                    + " is pseudonymised too. The account itself is removed in Keycloak.")
        @Size(max = 200)
        String username) {}
