package it.zonale.participant;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registers a participant to a session. */
@Schema(name = "RegistrationCreate")
public record RegistrationCreate(@NotNull UUID participantId) {}
