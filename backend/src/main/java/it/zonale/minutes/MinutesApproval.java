package it.zonale.minutes;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Approves the version of the minutes the plan office has read. */
@Schema(name = "MinutesApproval")
public record MinutesApproval(
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        @NotNull
        @Min(0)
        Long version) {}
