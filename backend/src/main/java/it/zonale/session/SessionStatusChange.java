package it.zonale.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Marks a scheduled session as held or cancelled. */
@Schema(name = "SessionStatusChange")
public record SessionStatusChange(
    @NotNull SessionStatus status,
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version the change was made from.")
        Long version) {}
