package it.zonale.session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Queries on sessions: the calendar of a plan. */
@ApplicationScoped
class SessionRepository implements PanacheRepositoryBase<SessionEntity, UUID> {

  /**
   * Filters of a plan's calendar; null means "any". Sessions overlapping [from, to) are included.
   */
  public record Filter(
      UUID planId,
      Instant from,
      Instant to,
      UUID tableId,
      SessionStatus status,
      SessionKind kind,
      boolean newestFirst,
      Instant updatedSince) {}

  /** The latest updated_at of the plan's sessions (a change sets it), null when it has none. */
  public Instant latestUpdateOf(UUID planId) {
    return getEntityManager()
        .createQuery(
            "select max(s.updatedAt) from SessionEntity s where s.planId = ?1", Instant.class)
        .setParameter(1, planId)
        .getSingleResult();
  }

  public List<SessionEntity> page(Filter filter, int limit, int offset) {
    Parameters params = new Parameters();
    String order =
        filter.newestFirst() ? " order by s.startsAt desc, s.id" : " order by s.startsAt, s.id";
    return find(where(filter, params) + order, params).range(offset, offset + limit - 1).list();
  }

  public long count(Filter filter) {
    Parameters params = new Parameters();
    return count(where(filter, params), params);
  }

  /**
   * Every session of a plan, or of one of its tables when {@code tableId} is set, earliest first.
   */
  public List<SessionEntity> allOf(UUID planId, UUID tableId, int max) {
    Parameters params = Parameters.with("plan", planId);
    String query = "from SessionEntity s where s.planId = :plan";
    if (tableId != null) {
      query += " and s.tableId = :table";
      params.and("table", tableId);
    }
    return find(query + " order by s.startsAt, s.id", params).range(0, max - 1).list();
  }

  public List<SessionEntity> scheduledStartingBetween(
      java.time.Instant from, java.time.Instant to) {
    return list(
        "status = ?1 and startsAt >= ?2 and startsAt < ?3 order by startsAt, id",
        SessionStatus.SCHEDULED,
        from,
        to);
  }

  public List<SessionEntity> byIds(Collection<UUID> ids) {
    return find(
            "from SessionEntity s where s.id in :ids order by s.startsAt, s.id",
            Parameters.with("ids", ids))
        .list();
  }

  private static String where(Filter f, Parameters params) {
    List<String> clauses = new ArrayList<>();
    clauses.add("s.planId = :plan");
    params.and("plan", f.planId());
    if (f.from() != null) {
      clauses.add("s.endsAt > :from");
      params.and("from", f.from());
    }
    if (f.to() != null) {
      clauses.add("s.startsAt < :to");
      params.and("to", f.to());
    }
    if (f.tableId() != null) {
      clauses.add("s.tableId = :table");
      params.and("table", f.tableId());
    }
    if (f.status() != null) {
      clauses.add("s.status = :status");
      params.and("status", f.status());
    }
    if (f.kind() != null) {
      clauses.add("s.kind = :kind");
      params.and("kind", f.kind());
    }
    if (f.updatedSince() != null) {
      clauses.add("s.updatedAt >= :updatedSince");
      params.and("updatedSince", f.updatedSince());
    }
    return "from SessionEntity s where " + String.join(" and ", clauses);
  }
}
