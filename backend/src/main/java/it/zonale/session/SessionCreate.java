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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new session of a plan. */
@Schema(name = "SessionCreate")
public record SessionCreate(
    @NotNull SessionKind kind,
    @Schema(description = "Required for TABLE sessions, absent for plenaries.") UUID tableId,
    @NotBlank @Size(max = 200) String title,
    @NotNull @PlausibleDate OffsetDateTime startsAt,
    @NotNull @PlausibleDate OffsetDateTime endsAt,
    @NotNull SessionMode mode,
    @Size(max = 300) @Schema(description = "Required for IN_PERSON and HYBRID.") String place,
    @Size(max = 2000)
        @Pattern(regexp = "^https://\\S+$", message = "must be an https:// link")
        @Schema(description = "Required for ONLINE and HYBRID.")
        String onlineUrl,
    @Size(max = 50) List<@NotNull @Valid AgendaItem> agenda,
    @Min(1) @Max(100000) @Schema(format = "int32") Integer capacity) {}
