package it.zonale.participant;

import java.util.UUID;

/**
 * Announces, inside the erasure's transaction, that a person was pseudonymised: observers remove or
 * rewrite the copies they hold of the old name and e-mail (the mail outbox). The old values live
 * only in this event, never in a row.
 */
public record PersonErased(UUID participantId, String fullName, String email, String pseudonym) {}
