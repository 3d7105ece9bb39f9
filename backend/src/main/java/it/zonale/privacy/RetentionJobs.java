package it.zonale.privacy;

import io.quarkus.scheduler.Scheduled;
import it.zonale.shared.persistence.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The retention job, scheduled on every replica like the other jobs; the advisory lock in {@link
 * RetentionService} lets one of them do the round.
 */
@ApplicationScoped
class RetentionJobs {
  private final RetentionService retention;

  RetentionJobs(RetentionService retention) {
    this.retention = retention;
  }

  @Scheduled(
      identity = "privacy-retention",
      every = "${zonale.privacy.retention-every:6h}",
      delayed = "2m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void applyRetention() {
    retention.apply(Timestamps.now());
  }
}
