package it.zonale.shared.security;

/** The realm roles of Keycloak's {@code zonale} realm, as used in {@code @RolesAllowed}. */
public final class Roles {
  /** Plan-office staff (Ufficio di Piano) of the body that runs an ambito. */
  public static final String CONSORTIUM = "consortium";

  /** Staff of the local health authority. */
  public static final String ASST = "asst";

  /** Delegates of a Third Sector entity. */
  public static final String ETS = "ets";

  /** Municipal staff and mayors. */
  public static final String COMUNE = "comune";

  private Roles() {}
}
