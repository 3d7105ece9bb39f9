package it.zonale.agreement;

import it.zonale.shared.web.PlausibleDate;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signatory as the plan office writes it: exactly one of organisationId and ISTAT code. */
@Schema(name = "SignatoryInput")
public record SignatoryInput(
    @Schema(description = "A public body (ASST, ATS, consortium, comune) working in the ambito.")
        UUID organizationId,
    @Pattern(regexp = "^[0-9]{6}$")
        @Schema(maxLength = 6, description = "A comune of the plan's ambito, by ISTAT code.")
        String municipalityIstatCode,
    @PlausibleDate LocalDate signedOn,
    @Size(max = 200) String signatoryName,
    @Size(max = 200) String signatoryRole) {}
