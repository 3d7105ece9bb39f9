package it.zonale.call;

/** A call is open for expressions of interest until its deadline, closed from then on. */
public enum CallStatus {
  OPEN,
  CLOSED
}
