package it.zonale.shared.web;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The claimed keys and stored answers of {@link IdempotencyFilter}, in PostgreSQL so that every
 * replica sees the same keys; each statement commits on its own, outside the request's transaction.
 */
@ApplicationScoped
public class IdempotencyStore {
  private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);

  /** How long an answer is replayed. */
  static final String KEEP = "24 hours";

  /**
   * A claim older than this whose answer never came (the API died mid-request) may be taken over.
   */
  static final String ABANDONED = "5 minutes";

  private final AgroalDataSource dataSource;

  public IdempotencyStore(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A stored key: its request's fingerprint and, once answered, the answer. */
  public record Stored(
      String fingerprint,
      boolean done,
      int status,
      String contentType,
      String location,
      byte[] body) {}

  /**
   * Claims the key for this request; empty when claimed, else what is stored under it. An expired
   * key, or an abandoned claim, is taken over.
   */
  public Optional<Stored> claim(String keyHash, String fingerprint) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement stale =
          c.prepareStatement(
              "delete from idempotency_keys where key_hash = ? and (created_at < now() - interval '"
                  + KEEP
                  + "' or (state = 'processing' and created_at < now() - interval '"
                  + ABANDONED
                  + "'))")) {
        stale.setString(1, keyHash);
        stale.executeUpdate();
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into idempotency_keys (key_hash, fingerprint, state) values (?, ?,"
                  + " 'processing') on conflict (key_hash) do nothing")) {
        insert.setString(1, keyHash);
        insert.setString(2, fingerprint);
        if (insert.executeUpdate() == 1) {
          return Optional.empty();
        }
      }
      try (PreparedStatement select =
          c.prepareStatement(
              "select fingerprint, state, status, content_type, location, body"
                  + " from idempotency_keys where key_hash = ?")) {
        select.setString(1, keyHash);
        try (ResultSet rs = select.executeQuery()) {
          if (!rs.next()) {
            // Deleted between our insert and select: rare; the caller may retry.
            return Optional.of(new Stored(fingerprint, false, 0, null, null, null));
          }
          return Optional.of(
              new Stored(
                  rs.getString(1),
                  "done".equals(rs.getString(2)),
                  rs.getInt(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getBytes(6)));
        }
      }
    }
  }

  /** Keeps the answer of a claimed key. */
  public void complete(
      String keyHash, int status, String contentType, String location, byte[] body) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "update idempotency_keys set state = 'done', status = ?, content_type = ?,"
                    + " location = ?, body = ? where key_hash = ?")) {
      update.setInt(1, status);
      update.setString(2, contentType);
      update.setString(3, location);
      update.setBytes(4, body);
      update.setString(5, keyHash);
      update.executeUpdate();
    } catch (SQLException e) {
      LOG.warnf("Idempotent answer not kept: %s", e.getMessage());
    }
  }

  /** Frees a claimed key whose request failed on our side, so that a retry runs again. */
  public void release(String keyHash) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete =
            c.prepareStatement(
                "delete from idempotency_keys where key_hash = ? and state = 'processing'")) {
      delete.setString(1, keyHash);
      delete.executeUpdate();
    } catch (SQLException e) {
      LOG.warnf("Idempotency key not released: %s", e.getMessage());
    }
  }

  @Scheduled(
      identity = "idempotency-prune",
      every = "${zonale.idempotency.prune-every:1h}",
      delayed = "5m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void prune() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete =
            c.prepareStatement(
                "delete from idempotency_keys where created_at < now() - interval '"
                    + KEEP
                    + "'")) {
      delete.executeUpdate();
    } catch (SQLException e) {
      LOG.warnf("Idempotency keys not pruned: %s", e.getMessage());
    }
  }
}
