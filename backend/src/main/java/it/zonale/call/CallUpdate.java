package it.zonale.call;

import it.zonale.shared.web.PlausibleDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A full replacement of a call's editable fields, made from {@code version}. */
@Schema(name = "CallUpdate")
public record CallUpdate(
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 20000) String text,
    @NotNull @PlausibleDate OffsetDateTime deadline,
    @NotNull
        @Size(min = 1, max = 50)
        @Schema(description = "A table that an expression of interest asks to join must stay.")
        List<@NotNull UUID> tableIds,
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version this update was made from.")
        Long version) {}
