package it.zonale.organization;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation as the API shows it. */
@Schema(name = "Organization")
public record Organization(
    @Schema(required = true) UUID id,
    @Schema(required = true, maxLength = 200) String name,
    @Schema(required = true, maxLength = 11, pattern = "^[0-9]{11}$") String taxCode,
    @Schema(required = true) OrganizationKind kind,
    @Schema(maxLength = 40) String runtsNumber,
    RuntsSection runtsSection,
    @Schema(
            description =
                "When a plan office last set or confirmed kind and runtsSection; absent if none"
                    + " ever did, and then the organisation itself still changes them.")
        OffsetDateTime kindConfirmedAt,
    @Schema(
            description =
                "A kind the organisation proposed, waiting for the decision of a plan office of"
                    + " one of its ambiti; kind (what the registers count) stays the confirmed one"
                    + " until then. Absent when no proposal waits.")
        OrganizationKind proposedKind,
    @Schema(
            description =
                "The RUNTS section proposed with proposedKind; absent when none waits or the"
                    + " proposed kind has no section.")
        RuntsSection proposedRuntsSection,
    @Schema(maxLength = 254, format = "email") String email,
    @Schema(maxLength = 254, format = "email") String pec,
    @Schema(required = true, maxItems = 100) List<UUID> districtIds,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        long version,
    @Schema(required = true) OffsetDateTime createdAt,
    @Schema(required = true) OffsetDateTime updatedAt) {}
