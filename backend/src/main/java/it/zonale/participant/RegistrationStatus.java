package it.zonale.participant;

/** A registration to a session; the waitlist arrives with the participation workflow. */
public enum RegistrationStatus {
  REGISTERED,
  CANCELLED
}
