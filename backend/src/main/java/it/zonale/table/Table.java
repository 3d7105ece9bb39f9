package it.zonale.table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tavolo tematico as the API shows it. */
@Schema(name = "Table")
public record Table(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID planId,
    @Schema(required = true, maxLength = 200, example = "Minori, giovani e famiglie") String name,
    @Schema(maxLength = 4000) String description,
    @Schema(required = true) TargetGroup targetGroup,
    @Schema(required = true) TableLevel level,
    @Schema(description = "Set when level is SUBDISTRICT.") UUID subdistrictId,
    @Schema(required = true, maxItems = 50) List<UUID> policyAreaIds,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        long version,
    @Schema(required = true, description = "When it was last changed (UTC).")
        OffsetDateTime updatedAt) {}
