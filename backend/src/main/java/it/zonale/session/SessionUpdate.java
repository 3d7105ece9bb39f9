package it.zonale.session;

import it.zonale.shared.web.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A full replacement of a session's editable fields, made from {@code version}; kind and table
 * stay.
 */
@Schema(name = "SessionUpdate")
public record SessionUpdate(
    @NotBlank @Size(max = 200) String title,
    @NotNull @PlausibleDate OffsetDateTime startsAt,
    @NotNull @PlausibleDate OffsetDateTime endsAt,
    @NotNull SessionMode mode,
    @Size(max = 300) String place,
    @Size(max = 2000) @Pattern(regexp = "^https://\\S+$", message = "must be an https:// link")
        String onlineUrl,
    @NotNull @Size(max = 50) List<@NotNull @Valid AgendaItem> agenda,
    @Min(1) @Max(100000) @Schema(format = "int32") Integer capacity,
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version this update was made from.")
        Long version) {}
