package it.zonale.table;

import it.zonale.organization.OrganizationKind;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation that is a member of a table, and who represents it there. */
@Schema(name = "TableMember")
public record TableMember(
    @Schema(required = true) UUID organizationId,
    @Schema(required = true, maxLength = 200) String organizationName,
    @Schema(required = true) OrganizationKind organizationKind,
    @Schema(
            required = true,
            description = "FULL, or CONSULTATIVE (e.g. admitted on a late expression of interest).")
        TableMemberStatus status,
    @Schema(required = true, maxLength = 200, description = "The titular delegate.")
        String titularName,
    @Schema(maxLength = 200, description = "The substitute delegate, if any.")
        String substituteName,
    @Schema(required = true) OffsetDateTime admittedAt) {}
