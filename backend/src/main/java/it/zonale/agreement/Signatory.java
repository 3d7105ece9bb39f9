package it.zonale.agreement;

import it.zonale.organization.OrganizationKind;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signatory of the accordo: a public body, or a comune of the ambito. */
@Schema(name = "Signatory")
public record Signatory(
    @Schema(description = "Set when the signatory is an organisation (ASST, ATS, lead body...).")
        UUID organizationId,
    @Schema(
            maxLength = 6,
            pattern = "^[0-9]{6}$",
            description = "Set when the signatory is a comune of the ambito (ISTAT code).")
        String municipalityIstatCode,
    @Schema(required = true, maxLength = 200) String name,
    @Schema(required = true, description = "MUNICIPALITY for a comune.") OrganizationKind kind,
    @Schema(description = "When this signatory signed; null while not yet signed.")
        LocalDate signedOn,
    @Schema(maxLength = 200, description = "Who signed, e.g. the mayor.") String signatoryName,
    @Schema(maxLength = 200, description = "In which role, e.g. Sindaco, Direttore generale.")
        String signatoryRole) {}
