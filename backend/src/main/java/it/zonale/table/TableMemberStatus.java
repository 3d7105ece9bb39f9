package it.zonale.table;

/**
 * A full member of a table, or a consultative one (e.g. admitted on a late expression of interest).
 */
public enum TableMemberStatus {
  FULL,
  CONSULTATIVE
}
