package it.zonale.table;

/** Where a table lives: the whole ambito (e.g. premialità projects) or one sub-ambito. */
public enum TableLevel {
  DISTRICT,
  SUBDISTRICT
}
