package it.zonale.shared.web;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * The request counts of {@link RateLimitFilter}, in PostgreSQL so that every replica counts against
 * the same window: one upsert per request on an unlogged table, outside any transaction.
 */
@ApplicationScoped
public class RateLimitCounter {
  private static final Logger LOG = Logger.getLogger(RateLimitCounter.class);

  private final AgroalDataSource dataSource;

  public RateLimitCounter(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Counts one request in the window and returns the window's count so far. */
  public int increment(String callerKey, Instant windowStart) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement upsert =
            connection.prepareStatement(
                "insert into rate_limit_windows (caller_key, window_start, request_count)"
                    + " values (?, ?, 1) on conflict (caller_key, window_start)"
                    + " do update set request_count = rate_limit_windows.request_count + 1"
                    + " returning request_count")) {
      upsert.setString(1, callerKey);
      upsert.setTimestamp(2, Timestamp.from(windowStart));
      try (ResultSet rs = upsert.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** Keeps the table as small as the callers of the last two minutes. */
  @Scheduled(
      identity = "rate-limit-prune",
      every = "${zonale.rate-limit.prune-every:60s}",
      delayed = "60s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void prune() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement(
                "delete from rate_limit_windows where window_start < now() - interval '2 minutes'")) {
      delete.executeUpdate();
    } catch (SQLException e) {
      LOG.warnf("Rate-limit windows not pruned: %s", e.getMessage());
    }
  }
}
