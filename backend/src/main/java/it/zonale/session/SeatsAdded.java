package it.zonale.session;

import java.util.UUID;

/**
 * Fired inside the transaction that raised a session's capacity (or removed it), so that the
 * waitlist of that session can move up at once.
 */
public record SeatsAdded(UUID sessionId) {}
