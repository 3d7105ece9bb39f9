package it.zonale.response;

import it.zonale.organization.OrganizationKind;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation expected to answer that has not submitted yet. */
@Schema(name = "PendingOrganization")
public record PendingOrganization(
    @Schema(required = true) UUID organizationId,
    @Schema(required = true, maxLength = 200) String organizationName,
    @Schema(required = true) OrganizationKind organizationKind,
    @Schema(description = "Its draft, if it started one.") UUID responseId,
    @Schema(description = "When its draft was last saved.") OffsetDateTime lastSavedAt) {}
