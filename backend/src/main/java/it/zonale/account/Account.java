package it.zonale.account;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who the caller is and for which organisation they act, as the token and our records say. */
@Schema(name = "Account")
public record Account(
    @Schema(required = true, maxLength = 200, description = "Subject of the token.") String userId,
    @Schema(required = true, maxLength = 200) String username,
    @Schema(required = true, maxItems = 10) List<@Size(max = 40) String> roles,
    @Schema(required = true) UUID organizationId,
    @Schema(required = true, maxLength = 200) String organizationName,
    @Schema(required = true, maxLength = 40) String organizationKind,
    @Schema(required = true, maxItems = 100) List<UUID> districtIds) {}
