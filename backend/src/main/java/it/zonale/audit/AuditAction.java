package it.zonale.audit;

/** What happened to a resource. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  STATUS_CHANGE,
  ACCESS_DENIED
}
