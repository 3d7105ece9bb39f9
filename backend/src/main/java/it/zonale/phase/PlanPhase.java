package it.zonale.phase;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A phase of a plan's timeline. */
@Schema(name = "PlanPhase")
public record PlanPhase(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID planId,
    @Schema(required = true) PhaseKind kind,
    @Schema(required = true, maxLength = 200, example = "Scadenza manifestazioni d'interesse")
        String name,
    @Schema(maxLength = 2000) String description,
    @Schema(required = true, example = "2021-09-10") LocalDate startDate,
    @Schema(description = "Absent for a milestone.") LocalDate endDate,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        long version) {}
