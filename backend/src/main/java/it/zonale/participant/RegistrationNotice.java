package it.zonale.participant;

import java.util.UUID;

/**
 * Fired, inside the transaction, when a registration is confirmed, put on the waitlist or promoted
 * from it; observers (e-mail notifications) must not call back into this feature's writes.
 */
public record RegistrationNotice(
    Kind kind, UUID registrationId, UUID sessionId, UUID participantId) {
  /** What happened to the registration. */
  public enum Kind {
    CONFIRMED,
    WAITLISTED,
    PROMOTED
  }
}
