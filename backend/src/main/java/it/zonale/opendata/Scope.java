package it.zonale.opendata;

/** What one copy of a dataset covers: the whole region, one ambito, or one plan. */
public enum Scope {
  REGION,
  DISTRICT,
  PLAN
}
