package it.zonale.session;

import java.util.UUID;

/**
 * Told by the features that keep a session's record (registrations and attendance, minutes), so
 * that a session with a record is cancelled rather than deleted without the session depending on
 * them.
 */
public interface SessionRecord {
  /** Whether this feature holds anything of the session: registrations, attendance, minutes. */
  boolean holdsRecordOf(UUID sessionId);
}
