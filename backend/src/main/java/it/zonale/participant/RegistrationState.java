package it.zonale.participant;

import java.time.Instant;
import java.util.UUID;

/**
 * For notifications: where a registration stands now. {@code registeredAt} tells one registration
 * from a later one of the same person to the same session (registering again after a cancellation
 * reuses the row and restarts it).
 */
public record RegistrationState(
    UUID registrationId,
    UUID sessionId,
    UUID participantId,
    RegistrationStatus status,
    Instant registeredAt,
    Instant promotedAt) {}
