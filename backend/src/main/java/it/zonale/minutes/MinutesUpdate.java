package it.zonale.minutes;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new text of the draft minutes; version 0 writes the first draft. */
@Schema(name = "MinutesUpdate")
public record MinutesUpdate(
    @Schema(required = true, maxLength = 100000) @NotNull @Size(max = 100000) String body,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        @NotNull
        @Min(0)
        Long version) {}
