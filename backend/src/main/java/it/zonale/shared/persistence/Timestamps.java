package it.zonale.shared.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The current instant at the precision PostgreSQL keeps, so that what we answer equals what we
 * store.
 */
public final class Timestamps {
  private Timestamps() {}

  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
