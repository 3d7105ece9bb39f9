package it.zonale.audit;

/** What happened to a resource. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  STATUS_CHANGE,
  ACCESS_DENIED,
  /** A person's data read by the plan office on their request (docs/privacy.md). */
  PERSONAL_DATA_EXPORT,
  /** A person erased (pseudonymised) on request or by the retention policy. */
  ERASURE
}
