package it.zonale.plandocument;

/**
 * Which edition of a version an export is: the draft, marked "Bozza" on every page, or the edition
 * the Assemblea dei Sindaci approved, with its deliberation and approval record.
 */
public enum DocumentEdition {
  DRAFT,
  APPROVED
}
