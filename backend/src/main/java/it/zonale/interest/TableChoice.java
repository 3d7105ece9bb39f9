package it.zonale.interest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A table the organisation asks to join, and the people who will represent it there. */
@Schema(name = "TableChoice")
public record TableChoice(
    @NotNull @Schema(required = true, description = "One of the call's tables.") UUID tableId,
    @NotNull @Schema(required = true, description = "A participant of the organisation.")
        UUID titularParticipantId,
    @Schema(description = "Another participant of the organisation, optional.")
        UUID substituteParticipantId) {}
