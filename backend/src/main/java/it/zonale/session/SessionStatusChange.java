package it.zonale.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Marks a scheduled session as held or cancelled. */
@Schema(name = "SessionStatusChange")
public record SessionStatusChange(
    @NotNull SessionStatus status,
    @Size(max = 2000)
        @Schema(
            description =
                "Why the session is cancelled: required with CANCELLED, shown publicly, in the"
                    + " calendar feeds and in the mail to those registered.")
        String reason,
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version the change was made from.")
        Long version) {}
