package it.zonale.plandocument;

/** The life of an export job. */
public enum DocumentExportStatus {
  QUEUED,
  RUNNING,
  DONE,
  FAILED
}
