package it.zonale.participant;

/**
 * A registration to a session: a seat, a place in the waitlist (when the session is full), or
 * cancelled (the row stays for the record).
 */
public enum RegistrationStatus {
  REGISTERED,
  WAITLISTED,
  CANCELLED
}
