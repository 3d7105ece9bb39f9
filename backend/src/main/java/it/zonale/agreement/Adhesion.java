package it.zonale.agreement;

import it.zonale.organization.OrganizationKind;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request of adhesion to a plan's accordo; instants carry Rome's offset. */
@Schema(name = "Adhesion")
public record Adhesion(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID planId,
    @Schema(required = true) UUID agreementId,
    @Schema(required = true) UUID organizationId,
    @Schema(required = true, maxLength = 200) String organizationName,
    @Schema(required = true) OrganizationKind organizationKind,
    @Schema(required = true) AdhesionStatus status,
    @Schema(maxLength = 2000) String note,
    @Schema(required = true) OffsetDateTime requestedAt,
    OffsetDateTime decidedAt,
    @Schema(maxLength = 2000, description = "Why the plan office rejected it.")
        String decisionReason,
    OffsetDateTime withdrawnAt,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        long version) {}
