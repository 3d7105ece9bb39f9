package it.zonale.contribution;

/** The plan office's answer to an istanza: accolta, tenuta in considerazione, non pertinente. */
public enum ContributionOutcome {
  ACCEPTED,
  TAKEN_INTO_ACCOUNT,
  NOT_PERTINENT
}
