package it.zonale.plan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Piano di Zona as the API shows it. */
@Schema(name = "Plan")
public record Plan(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID districtId,
    @Schema(required = true, maxLength = 200, example = "Piano di Zona 2021-2023 Ambito Oglio Po")
        String title,
    @Schema(maxLength = 10000) String description,
    @Schema(required = true, format = "int32", minimum = "2000", maximum = "2100", example = "2021")
        int startYear,
    @Schema(required = true, format = "int32", minimum = "2000", maximum = "2100", example = "2023")
        int endYear,
    @Schema(required = true) PlanStatus status,
    @Schema(required = true, maxItems = 50) List<UUID> policyAreaIds,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        long version,
    @Schema(required = true) OffsetDateTime createdAt,
    @Schema(required = true) OffsetDateTime updatedAt) {}
