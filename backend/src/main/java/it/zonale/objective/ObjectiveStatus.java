package it.zonale.objective;

/** Where an objective stands: planned, under way, and at the end its outcome or its dropping. */
public enum ObjectiveStatus {
  PLANNED,
  IN_PROGRESS,
  ACHIEVED,
  PARTLY_ACHIEVED,
  NOT_ACHIEVED,
  DROPPED
}
