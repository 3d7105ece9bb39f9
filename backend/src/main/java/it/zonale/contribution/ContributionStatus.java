package it.zonale.contribution;

/**
 * The life of an istanza: drafted by its organisation, submitted to the plan office (which gives it
 * its number in the plan), answered; or withdrawn by its organisation before the answer.
 */
public enum ContributionStatus {
  DRAFT,
  SUBMITTED,
  ANSWERED,
  WITHDRAWN
}
