package it.zonale.contribution;

/** The plan office's answer to an istanza: accolta, tenuta in considerazione, non pertinente. */
public enum ContributionOutcome {
  ACCEPTED,
  TAKEN_INTO_ACCOUNT,
  NOT_PERTINENT;

  /** The Italian name shown to people. */
  public String label() {
    return switch (this) {
      case ACCEPTED -> "Accolta";
      case TAKEN_INTO_ACCOUNT -> "Tenuta in considerazione";
      case NOT_PERTINENT -> "Non pertinente";
    };
  }
}
