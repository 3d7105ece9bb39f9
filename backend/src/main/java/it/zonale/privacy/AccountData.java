package it.zonale.privacy;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the signed-in user's token says about them, as Zonale reads it. */
@Schema(name = "AccountData")
public record AccountData(
    @Schema(required = true, maxLength = 200, description = "Subject of the token.") String userId,
    @Schema(required = true, maxLength = 200) String username,
    @Schema(maxLength = 254, description = "The token's verified e-mail, if any.") String email,
    @Schema(required = true, maxItems = 10) List<@Size(max = 40) String> roles,
    UUID organizationId,
    @Schema(required = true, maxItems = 100) List<UUID> districtIds) {}
