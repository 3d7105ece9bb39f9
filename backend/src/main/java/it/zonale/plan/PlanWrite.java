package it.zonale.plan;

/**
 * Every kind of write the contract allows on a plan and what hangs from it, as named by {@link
 * PlanStatusPolicy}: a service names the one it performs, the policy says whether the plan's status
 * allows it.
 */
public enum PlanWrite {
  /** PUT /plans/{id}: title, description, period and policy areas. */
  PLAN_DATA,
  /** DELETE /plans/{id}. */
  PLAN_DELETE,
  /** POST /plans/{id}/approval: the Assemblea dei Sindaci's vote. */
  APPROVAL,
  /** Phases of the timeline: add, update, delete. */
  TIMELINE,
  /** Tables' definitions: create, update (name, target, level, policy areas), delete. */
  TABLE_DEFINITION,
  /** Tables' members, admitted from expressions of interest. */
  TABLE_MEMBERSHIP,
  /** Incontri: schedule, update, change status, delete; their minutes and attendance. */
  SESSION,
  /** Calls to the Third Sector and co-design calls, with their attachments. */
  CALL,
  /** Needs and monitoring surveys: create, update, publish, close, remind, delete. */
  SURVEY,
  /** Objectives' and indicators' definitions: create, change their fields, delete. */
  OBJECTIVE_DEFINITION,
  /** An objective's status alone (planned, in progress, achieved…). */
  OBJECTIVE_STATUS,
  /** An indicator's measurement of a year: record or delete. */
  MEASUREMENT,
  /** The accordo di programma's text: title, deliberation reference, summary. */
  AGREEMENT_TEXT,
  /** The accordo's signature: signatories, dates, the signature itself, adhesions. */
  AGREEMENT_SIGNATURE,
  /** The plan document: sections and new versions. */
  DOCUMENT,
  /** Comments on a version of the plan document. */
  DOCUMENT_COMMENT,
  /** Istanze by the partners: create, edit, submit, withdraw, attachments. */
  CONTRIBUTION,
  /** The plan office's answer to an istanza. */
  CONTRIBUTION_ANSWER
}
