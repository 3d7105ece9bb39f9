package it.zonale.minutes;

/** A draft the plan office edits, or approved: frozen and public. */
public enum MinutesStatus {
  DRAFT,
  APPROVED
}
