package it.zonale.objective;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An objective of a plan with its indicators and what it cites. */
@Schema(name = "Objective")
public record Objective(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID planId,
    @Schema(required = true) UUID policyAreaId,
    UUID tableId,
    @Schema(required = true, maxLength = 200) String title,
    @Schema(maxLength = 10000) String description,
    @Schema(required = true, maxItems = 30) List<@Size(max = 500) String> actions,
    @Schema(maxLength = 2000, description = "Actors to involve.") String actors,
    Money resources,
    LocalDate startDate,
    LocalDate endDate,
    @Schema(required = true) ObjectiveStatus status,
    @Schema(required = true, maxItems = 50) List<ObjectiveContribution> contributions,
    @Schema(required = true, maxItems = 50) List<ObjectiveFinding> findings,
    @Schema(required = true, maxItems = 30) List<Indicator> indicators,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        long version,
    @Schema(required = true) OffsetDateTime createdAt,
    @Schema(required = true) OffsetDateTime updatedAt) {}
