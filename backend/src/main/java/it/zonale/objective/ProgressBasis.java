package it.zonale.objective;

/** How an indicator's progress was computed, so that the SPA can explain the figure. */
public enum ProgressBasis {
  /** Nothing measured yet: no progress. */
  NO_MEASUREMENT,
  /** (latest - baseline) / (target - baseline). */
  BASELINE_TO_TARGET,
  /** Target equals baseline (keep a level): 100 % when the latest value is at least there. */
  TARGET_EQUALS_BASELINE
}
