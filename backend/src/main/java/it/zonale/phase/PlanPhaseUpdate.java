package it.zonale.phase;

import it.zonale.shared.web.PlausibleDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A full replacement of a phase, made from {@code version}. */
@Schema(name = "PlanPhaseUpdate")
public record PlanPhaseUpdate(
    @NotNull PhaseKind kind,
    @NotBlank @Size(max = 200) String name,
    @Size(max = 2000) String description,
    @NotNull @PlausibleDate LocalDate startDate,
    @PlausibleDate LocalDate endDate,
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version this update was made from.")
        Long version) {}
