package it.zonale.synthesis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import it.zonale.organization.OrganizationKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Computed syntheses and cross-tabs, shared by everyone who asks the same thing of the same data.
 * An entry is found only under the {@link SynthesisRepository.Freshness freshness} read from the
 * database on the request itself, so a replica never serves figures older than what the database
 * holds; changed data simply makes new keys and the old entries age out (bounded, expire after
 * write). The view (plan office or public) and every filter are part of the key: a suppressed
 * figure is never served from an unsuppressed entry. The values are immutable records of immutable
 * lists. Free texts are never cached.
 */
@ApplicationScoped
class SynthesisCache {
  static final int MAX_ENTRIES = 256;
  static final Duration EXPIRE_AFTER_WRITE = Duration.ofMinutes(10);

  /**
   * What was asked: the survey, the freshness of its data, the view, what (the synthesis, or the
   * cross-tab of a question by a dimension) and the filters.
   */
  record Key(
      UUID surveyId,
      SynthesisRepository.Freshness freshness,
      boolean full,
      String question,
      CrosstabDimension by,
      UUID tableId,
      UUID policyAreaId,
      UUID subdistrictId,
      OrganizationKind kind) {
    static Key of(
        UUID surveyId,
        SynthesisRepository.Freshness freshness,
        boolean full,
        String question,
        CrosstabDimension by,
        SynthesisQuery q) {
      return new Key(
          surveyId,
          freshness,
          full,
          question,
          by,
          q.tableId,
          q.policyAreaId,
          q.subdistrictId,
          q.kind);
    }
  }

  private final Cache<Key, Object> cache =
      Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(EXPIRE_AFTER_WRITE).build();

  private final LongAdder computations = new LongAdder();

  /** The entry of the key, computed (once, also under concurrent requests) when missing. */
  @SuppressWarnings("unchecked")
  <T> T get(Key key, Supplier<T> compute) {
    return (T)
        cache.get(
            key,
            k -> {
              computations.increment();
              return compute.get();
            });
  }

  /** How many times a value was computed rather than served: for tests and the benchmark. */
  long computations() {
    return computations.sum();
  }

  /** Forgets every entry: for the benchmark's cold figures. */
  void invalidateAll() {
    cache.invalidateAll();
  }
}
