package it.zonale.agreement;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request of adhesion of the caller's organisation. */
@Schema(name = "AdhesionCreate")
public record AdhesionCreate(
    @Size(max = 2000) @Schema(description = "An optional message to the plan office.")
        String note) {}
