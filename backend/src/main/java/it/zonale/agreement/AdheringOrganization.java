package it.zonale.agreement;

import it.zonale.organization.OrganizationKind;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the public register: an organisation whose adhesion was accepted. */
@Schema(name = "AdheringOrganization")
public record AdheringOrganization(
    @Schema(required = true) UUID organizationId,
    @Schema(required = true, maxLength = 200) String organizationName,
    @Schema(required = true) OrganizationKind organizationKind,
    @Schema(required = true) OffsetDateTime acceptedAt) {}
