package it.zonale.session;

/** A session is scheduled, then held or cancelled. */
public enum SessionStatus {
  SCHEDULED,
  HELD,
  CANCELLED
}
