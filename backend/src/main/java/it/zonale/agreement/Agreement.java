package it.zonale.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The accordo di programma of a plan as the API shows it. */
@Schema(name = "Agreement")
public record Agreement(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID planId,
    @Schema(required = true) UUID districtId,
    @Schema(required = true, maxLength = 200) String title,
    @Schema(maxLength = 200, description = "Deliberation or protocol reference.")
        String deliberationReference,
    @Schema(maxLength = 20000, description = "Text or summary of the accordo.") String summary,
    LocalDate signedOn,
    LocalDate validFrom,
    LocalDate validTo,
    @Schema(required = true) AgreementStatus status,
    @Schema(required = true, maxItems = 200) List<Signatory> signatories,
    @Schema(
            required = true,
            format = "int64",
            minimum = "0",
            maximum = "9223372036854775807",
            description = "Accepted adhering organisations.")
        long adheringCount,
    @Schema(required = true) OffsetDateTime updatedAt,
    @Schema(
            required = true,
            format = "int64",
            minimum = "1",
            maximum = "9223372036854775807",
            description = "Send it back to change the accordo.")
        long version) {}
