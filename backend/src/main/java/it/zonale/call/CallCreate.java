package it.zonale.call;

import it.zonale.shared.web.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new call of a plan; its tables must be the plan's. */
@Schema(name = "CallCreate")
public record CallCreate(
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 20000) String text,
    @NotNull
        @PlausibleDate
        @Schema(description = "RFC 3339 date-time with offset, e.g. 2021-09-10T23:59:00+02:00.")
        OffsetDateTime deadline,
    @NotNull @Size(min = 1, max = 50) List<@NotNull UUID> tableIds) {}
