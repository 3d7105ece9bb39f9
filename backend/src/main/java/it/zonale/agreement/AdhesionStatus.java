package it.zonale.agreement;

/**
 * The life of a request of adhesion: requested by the organisation, then accepted (public, in the
 * register) or rejected by the plan office, or withdrawn by the organisation while pending.
 */
public enum AdhesionStatus {
  REQUESTED,
  ACCEPTED,
  REJECTED,
  WITHDRAWN
}
