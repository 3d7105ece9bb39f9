package it.zonale.shared.persistence;

import it.zonale.shared.error.DomainException;

/** Optimistic locking for co-authors: an update must name the version it was made from. */
public final class Versions {
  private Versions() {}

  /**
   * Throws {@code stale-version} (409) when the caller edited an older version than the stored one.
   */
  public static void require(String resource, long expected, long current) {
    if (expected != current) {
      throw DomainException.StaleVersion.of(resource, expected, current);
    }
  }
}
