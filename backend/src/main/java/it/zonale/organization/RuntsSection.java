package it.zonale.organization;

/** The sections of the Registro Unico Nazionale del Terzo Settore (d.lgs. 117/2017, art. 46). */
public enum RuntsSection {
  ODV,
  APS,
  PHILANTHROPIC_ENTITY,
  SOCIAL_ENTERPRISE,
  ASSOCIATIVE_NETWORK,
  MUTUAL_AID_SOCIETY,
  OTHER_ETS
}
