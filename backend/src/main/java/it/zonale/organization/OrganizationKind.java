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
