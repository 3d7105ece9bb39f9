package it.zonale.organization;

/**
 * What an organisation is: the Third Sector kinds by RUNTS section, other private bodies, and the
 * public bodies that take part in a Piano di Zona.
 */
public enum OrganizationKind {
  ODV,
  APS,
  SOCIAL_ENTERPRISE,
  SOCIAL_COOPERATIVE,
  PHILANTHROPIC_ENTITY,
  ASSOCIATIVE_NETWORK,
  MUTUAL_AID_SOCIETY,
  OTHER_ETS,
  FOUNDATION,
  RELIGIOUS_BODY,
  MUNICIPALITY,
  ASST,
  ATS,
  CONSORTIUM;

  /** The Italian name shown to people (documents, mails, CSV headers). */
  public String label() {
    return switch (this) {
      case ODV -> "Organizzazione di volontariato";
      case APS -> "Associazione di promozione sociale";
      case SOCIAL_ENTERPRISE -> "Impresa sociale";
      case SOCIAL_COOPERATIVE -> "Cooperativa sociale";
      case PHILANTHROPIC_ENTITY -> "Ente filantropico";
      case ASSOCIATIVE_NETWORK -> "Rete associativa";
      case MUTUAL_AID_SOCIETY -> "Società di mutuo soccorso";
      case OTHER_ETS -> "Altro ente del Terzo settore";
      case FOUNDATION -> "Fondazione";
      case RELIGIOUS_BODY -> "Ente religioso";
      case MUNICIPALITY -> "Comune";
      case ASST -> "ASST";
      case ATS -> "ATS";
      case CONSORTIUM -> "Ufficio di Piano";
    };
  }

  /** True for the kinds registered in the national Third Sector registry (RUNTS). */
  public boolean isThirdSector() {
    return switch (this) {
      case ODV,
          APS,
          SOCIAL_ENTERPRISE,
          SOCIAL_COOPERATIVE,
          PHILANTHROPIC_ENTITY,
          ASSOCIATIVE_NETWORK,
          MUTUAL_AID_SOCIETY,
          OTHER_ETS ->
          true;
      default -> false;
    };
  }

  /** True for public bodies, which never have a RUNTS registration. */
  public boolean isPublicBody() {
    return this == MUNICIPALITY || this == ASST || this == ATS || this == CONSORTIUM;
  }
}
