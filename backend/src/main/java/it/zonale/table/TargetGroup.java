package it.zonale.table;

/** The target group a tavolo works for (the regional guidelines group tables by target). */
public enum TargetGroup {
  ELDERLY_AND_DISABLED,
  CHILDREN_YOUTH_AND_FAMILIES,
  ADULTS_AND_VULNERABILITY,
  WHOLE_POPULATION,
  OTHER
}
