package it.zonale.notification;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The outbox as Prometheus gauges (docs/operations.md): mails waiting to be sent, mails given up
 * after their last attempt, and the age of the oldest waiting one (the alert: mail is stuck).
 *
 * <p>Counted by a scheduled query, not at each scrape: a scrape never waits for the database, and
 * during an outage the gauges keep their last value (the health check reports the outage).
 */
@Startup
@ApplicationScoped
class NotificationMetrics {
  private static final Logger LOG = Logger.getLogger(NotificationMetrics.class);

  private final AgroalDataSource dataSource;
  private final AtomicLong pending = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong oldestPendingSeconds = new AtomicLong();

  NotificationMetrics(AgroalDataSource dataSource, MeterRegistry registry) {
    this.dataSource = dataSource;
    Gauge.builder("zonale.outbox.pending", pending, AtomicLong::get)
        .description("E-mails in the outbox neither sent nor given up")
        .register(registry);
    Gauge.builder("zonale.outbox.failed", failed, AtomicLong::get)
        .description("E-mails given up after their last attempt (kept for the retention period)")
        .register(registry);
    Gauge.builder("zonale.outbox.oldest.pending", oldestPendingSeconds, AtomicLong::get)
        .description("Age of the oldest e-mail waiting to be sent")
        .baseUnit("seconds")
        .register(registry);
  }

  @Scheduled(
      identity = "notification-metrics",
      every = "${zonale.notification.metrics-every:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void refresh() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                """
                select count(*) filter (where sent_at is null and failed_at is null),
                       count(*) filter (where failed_at is not null),
                       coalesce(extract(epoch from now() - min(created_at)
                                filter (where sent_at is null and failed_at is null)), 0)::bigint
                  from notification_outbox
                """)) {
      rs.next();
      pending.set(rs.getLong(1));
      failed.set(rs.getLong(2));
      oldestPendingSeconds.set(rs.getLong(3));
    } catch (SQLException | RuntimeException e) {
      LOG.debugf("outbox metrics not refreshed: %s", e.getMessage());
    }
  }
}
