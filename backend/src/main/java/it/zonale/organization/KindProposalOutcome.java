package it.zonale.organization;

/** What a plan office decides on the kind and RUNTS section an organisation proposed. */
public enum KindProposalOutcome {
  ACCEPTED,
  REJECTED
}
