package it.zonale.interest;

/** What the plan office decides on a submitted expression of interest. */
public enum ExpressionOfInterestOutcome {
  ADMITTED,
  ADMITTED_CONSULTATIVE,
  REJECTED
}
