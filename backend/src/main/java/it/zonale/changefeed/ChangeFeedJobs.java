package it.zonale.changefeed;

import io.quarkus.scheduler.Scheduled;
import it.zonale.shared.persistence.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Purges the change feed: events are kept {@code zonale.changefeed.retention} (90 days by default),
 * long enough for an integrator that was down for weeks to catch up; one that was away longer
 * starts again from a full read of the lists. Safe on every replica (a plain delete).
 */
@ApplicationScoped
class ChangeFeedJobs {
  private static final Logger LOG = Logger.getLogger(ChangeFeedJobs.class);

  private final ChangeFeedService feed;
  private final Duration retention;

  ChangeFeedJobs(
      ChangeFeedService feed,
      @ConfigProperty(name = "zonale.changefeed.retention", defaultValue = "P90D")
          Duration retention) {
    this.feed = feed;
    this.retention = retention;
  }

  @Scheduled(
      identity = "changefeed-purge",
      every = "${zonale.changefeed.purge-every:1h}",
      delayed = "60s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void purge() {
    int purged = feed.purgeBefore(Timestamps.now().minus(retention));
    if (purged > 0) {
      LOG.infof("change feed: purged %d events older than %s", purged, retention);
    }
  }
}
