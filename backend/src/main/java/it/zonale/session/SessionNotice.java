package it.zonale.session;

import java.util.UUID;

/**
 * Fired, inside the transaction, when a session's time or place changes or it is cancelled, so that
 * the people registered to it can be told.
 */
public record SessionNotice(Kind kind, UUID sessionId) {
  /** What happened to the session. */
  public enum Kind {
    CHANGED,
    CANCELLED
  }
}
