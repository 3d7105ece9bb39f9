package it.zonale.call;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** What other features need to know of a call: its plan, ambito, deadline and tables. */
public record CallRef(UUID id, UUID planId, UUID districtId, Instant deadline, Set<UUID> tableIds) {

  /** Closed from the deadline on: the same instant is already too late. */
  public boolean isClosedAt(Instant instant) {
    return !instant.isBefore(deadline);
  }
}
