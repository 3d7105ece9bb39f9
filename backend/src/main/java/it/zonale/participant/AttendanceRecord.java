package it.zonale.participant;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the plan office records for one person at one session. */
@Schema(name = "AttendanceRecord")
public record AttendanceRecord(
    @Schema(required = true, description = "True when the person attended.") @NotNull
        Boolean attended) {}
