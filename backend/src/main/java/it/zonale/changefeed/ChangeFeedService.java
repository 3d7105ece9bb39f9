package it.zonale.changefeed;

import it.zonale.plan.PlanApi;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads the change feed for the caller, and purges it. The feed's order is (transaction id, event
 * id); only events of transactions older than the oldest one still running are served, so that a
 * transaction that commits late can never put an event before a position already served.
 */
@ApplicationScoped
class ChangeFeedService {
  private final EntityManager em;
  private final CurrentUser user;
  private final PlanApi plans;

  ChangeFeedService(EntityManager em, CurrentUser user, PlanApi plans) {
    this.em = em;
    this.user = user;
    this.plans = plans;
  }

  /** The events after the position that the caller may read, at most {@code limit}. */
  @Transactional
  ChangeEventPage read(FeedPosition after, int limit) {
    // The same rule as the plans and what hangs from them: drafts within their ambito; the plan
    // office alone for what only it reads (registrations, expressions of interest).
    Set<UUID> districtReaders = plans.draftDistricts();
    Set<UUID> office = user.hasRole(Roles.CONSORTIUM) ? user.districtIds() : Set.of();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, tx_id::text, occurred_at, type, resource_type, resource_id, version,"
                    + " link, district_id, plan_id from change_events"
                    + " where (tx_id, id) > (cast(?1 as xid8), ?2)"
                    + " and tx_id < pg_snapshot_xmin(pg_current_snapshot())"
                    + " and (audience = 'PUBLIC'"
                    + " or (audience = 'DISTRICT' and district_id::text = any(string_to_array(?3, ',')))"
                    + " or (audience = 'OFFICE' and district_id::text = any(string_to_array(?4, ','))))"
                    + " order by tx_id, id limit ?5")
            .setParameter(1, after.txId().toString())
            .setParameter(2, after.id())
            .setParameter(3, joined(districtReaders))
            .setParameter(4, joined(office))
            .setParameter(5, limit)
            .getResultList();
    List<ChangeEvent> items = new ArrayList<>(rows.size());
    FeedPosition last = after;
    for (Object[] row : rows) {
      last = new FeedPosition(new BigInteger((String) row[1]), ((Number) row[0]).longValue());
      items.add(
          new ChangeEvent(
              last.encode(),
              (String) row[3],
              OffsetDateTime.ofInstant(instant(row[2]), ZoneOffset.UTC),
              (String) row[4],
              (UUID) row[5],
              row[6] == null ? null : ((Number) row[6]).longValue(),
              (String) row[7],
              (UUID) row[8],
              (UUID) row[9]));
    }
    if (items.size() < limit) {
      // why: the caller saw everything it may read up to here; move its cursor past the events it
      // may not read too (up to the last finished transaction), so that its next read stays short
      last = horizon(after, last);
    }
    return new ChangeEventPage(items, limit, last.encode());
  }

  /** The last event of a finished transaction, if later than {@code last}; else {@code last}. */
  private FeedPosition horizon(FeedPosition after, FeedPosition last) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, tx_id::text from change_events"
                    + " where tx_id < pg_snapshot_xmin(pg_current_snapshot())"
                    + " and (tx_id, id) > (cast(?1 as xid8), ?2)"
                    + " order by tx_id desc, id desc limit 1")
            .setParameter(1, last.txId().toString())
            .setParameter(2, last.id())
            .getResultList();
    if (rows.isEmpty()) {
      return last;
    }
    return new FeedPosition(
        new BigInteger((String) rows.get(0)[1]), ((Number) rows.get(0)[0]).longValue());
  }

  /** Deletes the events older than the instant; returns how many. */
  @Transactional
  int purgeBefore(Instant before) {
    return em.createNativeQuery("delete from change_events where occurred_at < ?1")
        .setParameter(1, before)
        .executeUpdate();
  }

  private static String joined(Set<UUID> ids) {
    return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((java.sql.Timestamp) value).toInstant();
  }
}
