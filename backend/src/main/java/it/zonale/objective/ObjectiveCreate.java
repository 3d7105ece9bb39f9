package it.zonale.objective;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new objective of a plan. */
@Schema(name = "ObjectiveCreate")
public record ObjectiveCreate(
    @NotNull @Schema(description = "One of the plan's policy areas.") UUID policyAreaId,
    @Schema(description = "A table of the plan.") UUID tableId,
    @NotBlank @Size(max = 200) String title,
    @Size(max = 10000) String description,
    @Size(max = 30) List<@NotBlank @Size(max = 500) String> actions,
    @Size(max = 2000) String actors,
    @Valid Money resources,
    @Schema(description = "Within the plan's period.") LocalDate startDate,
    @Schema(description = "Within the plan's period, not before startDate.") LocalDate endDate,
    @Schema(description = "PLANNED when omitted.") ObjectiveStatus status,
    @Size(max = 50) @Schema(description = "Submitted or answered istanze of the same plan.")
        List<@NotNull UUID> contributionIds,
    @Size(max = 50) @Schema(description = "Questions of surveys of the same plan.")
        List<@NotNull @Valid ObjectiveFindingRef> findings) {}
