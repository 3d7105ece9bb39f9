package it.zonale.interest;

/**
 * The life of an expression of interest: drafted, submitted (late or in time), then admitted as a
 * full or consultative member, or rejected, by the plan office; or withdrawn by the organisation
 * before the deadline.
 */
public enum ExpressionOfInterestStatus {
  DRAFT,
  SUBMITTED,
  ADMITTED,
  ADMITTED_CONSULTATIVE,
  REJECTED,
  WITHDRAWN;

  /** The plan office has decided: nothing changes it any more. */
  public boolean isDecided() {
    return this == ADMITTED || this == ADMITTED_CONSULTATIVE || this == REJECTED;
  }

  /** The organisation may still edit or withdraw it (before the deadline). */
  public boolean isOpen() {
    return this == DRAFT || this == SUBMITTED;
  }
}
