package it.zonale.approval;

/** How a comune voted in the Assemblea dei Sindaci. */
public enum VoteChoice {
  IN_FAVOUR,
  AGAINST,
  ABSTAINED,
  ABSENT
}
