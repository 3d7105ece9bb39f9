package it.zonale.phase;

import it.zonale.shared.web.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new phase of a plan's timeline. */
@Schema(name = "PlanPhaseCreate")
public record PlanPhaseCreate(
    @NotNull PhaseKind kind,
    @NotBlank @Size(max = 200) String name,
    @Size(max = 2000) String description,
    @NotNull @PlausibleDate LocalDate startDate,
    @PlausibleDate LocalDate endDate) {}
