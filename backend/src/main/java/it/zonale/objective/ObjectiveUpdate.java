package it.zonale.objective;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A full replacement of an objective's fields and citations, made from {@code version}. */
@Schema(name = "ObjectiveUpdate")
public record ObjectiveUpdate(
    @NotNull UUID policyAreaId,
    UUID tableId,
    @NotBlank @Size(max = 200) String title,
    @Size(max = 10000) String description,
    @Size(max = 30) List<@NotBlank @Size(max = 500) String> actions,
    @Size(max = 2000) String actors,
    @Valid Money resources,
    LocalDate startDate,
    LocalDate endDate,
    @NotNull ObjectiveStatus status,
    @Size(max = 50) List<@NotNull UUID> contributionIds,
    @Size(max = 50) List<@NotNull @Valid ObjectiveFindingRef> findings,
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version this update was made from.")
        Long version) {}
