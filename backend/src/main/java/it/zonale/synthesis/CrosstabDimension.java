package it.zonale.synthesis;

/** What the respondents of a cross-tabulation are broken down by. */
public enum CrosstabDimension {
  /** The sub-ambito the organisation answers for. */
  SUBDISTRICT,
  /** The kind of organisation (ODV, APS, cooperativa sociale...). */
  KIND,
  /** The plan's tables the organisation is a member of (one organisation may sit at several). */
  TABLE,
  /** The policy area of the matrix row, or of the question itself. */
  POLICY_AREA
}
