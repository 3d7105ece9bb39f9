package it.zonale.agreement;

/** What the plan office decides on a request of adhesion. */
public enum AdhesionOutcome {
  ACCEPTED,
  REJECTED
}
