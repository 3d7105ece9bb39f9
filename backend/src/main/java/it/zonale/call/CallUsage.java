package it.zonale.call;

import java.util.Set;
import java.util.UUID;

/**
 * What the answers to a call hold on to, told by the feature that keeps them (expressions of
 * interest), so that the call does not depend on it.
 */
public interface CallUsage {
  /**
   * The call's tables that an expression of interest still asks to join (not withdrawn or
   * rejected).
   */
  Set<UUID> tablesChosen(UUID callId);

  /** How many expressions of interest, in any status, answer the call. */
  long answersTo(UUID callId);
}
