package it.zonale.phase;

/** What a phase of the plan's timeline is for. */
public enum PhaseKind {
  DRAFTING,
  CALL_FOR_INTEREST,
  NEEDS_SURVEY,
  OPEN_EVENT,
  TABLE_WORK,
  SOCIALISATION,
  APPROVAL,
  AGREEMENT,
  CO_DESIGN,
  MONITORING,
  OTHER
}
