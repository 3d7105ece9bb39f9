package it.zonale.participant;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries on registrations; {@code organizationId} null means all organisations (plan office). */
@ApplicationScoped
class RegistrationRepository implements PanacheRepositoryBase<RegistrationEntity, UUID> {
  public List<RegistrationEntity> pageOf(
      UUID sessionId, UUID organizationId, int limit, int offset) {
    Parameters params = Parameters.with("session", sessionId);
    return find(where(organizationId, params), Sort.by("registeredAt").and("id"), params)
        .range(offset, offset + limit - 1)
        .list();
  }

  /** The page after the registration with this time and id, in the order of {@link #pageOf}. */
  public List<RegistrationEntity> pageAfter(
      UUID sessionId, UUID organizationId, java.time.Instant at, UUID id, int limit) {
    Parameters params = Parameters.with("session", sessionId).and("afterAt", at).and("afterId", id);
    return find(
            where(organizationId, params) + " and (registeredAt, id) > (:afterAt, :afterId)",
            Sort.by("registeredAt").and("id"),
            params)
        .range(0, limit - 1)
        .list();
  }

  public long countOf(UUID sessionId, UUID organizationId) {
    Parameters params = Parameters.with("session", sessionId);
    return count(where(organizationId, params), params);
  }

  public Optional<RegistrationEntity> find(UUID sessionId, UUID participantId) {
    return find("sessionId = ?1 and participantId = ?2", sessionId, participantId)
        .firstResultOptional();
  }

  /**
   * The registration with its row locked in share mode until the transaction ends: it can be read
   * by others, but no cancellation or promotion changes it meanwhile.
   */
  @SuppressWarnings("unchecked")
  public Optional<RegistrationEntity> findLockedForShare(UUID id) {
    return getEntityManager()
        .createNativeQuery(
            "select * from registrations where id = ?1 for share", RegistrationEntity.class)
        .setParameter(1, id)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * Serialises seat-taking on one session until the transaction ends, so that concurrent
   * registrations can never exceed its capacity.
   */
  public void lockSeatsOf(UUID sessionId) {
    getEntityManager()
        .createNativeQuery("select pg_advisory_xact_lock(hashtextextended(cast(?1 as text), 7))")
        .setParameter(1, sessionId.toString())
        .getSingleResult();
  }

  public long countWithStatus(UUID sessionId, RegistrationStatus status) {
    return count("sessionId = ?1 and status = ?2", sessionId, status);
  }

  /** Waitlist places by registration id, 1 first. */
  public Map<UUID, Integer> waitlistPositionsOf(UUID sessionId) {
    Map<UUID, Integer> positions = new LinkedHashMap<>();
    for (RegistrationEntity w : waitlistOf(sessionId)) {
      positions.put(w.id, positions.size() + 1);
    }
    return positions;
  }

  /** The waitlist of a session, first come first served. */
  public List<RegistrationEntity> waitlistOf(UUID sessionId) {
    return find(
            "sessionId = ?1 and status = ?2",
            Sort.by("registeredAt").and("id"),
            sessionId,
            RegistrationStatus.WAITLISTED)
        .list();
  }

  /**
   * Per session and organisation of the given sessions: registrations not cancelled, and how many
   * of them attended; one SQL aggregate, not a walk through the rows.
   */
  @SuppressWarnings("unchecked")
  /**
   * When attendance was last recorded at a session of the plan (a walk-in's too), null when never.
   * Joins the session feature's table by the registration's foreign key: one indexed query instead
   * of loading every session of the plan.
   */
  public java.time.Instant latestAttendanceRecordOfPlan(UUID planId) {
    Object at =
        getEntityManager()
            .createNativeQuery(
                "select max(r.attendance_recorded_at) from registrations r"
                    + " join sessions s on s.id = r.session_id where s.plan_id = ?1")
            .setParameter(1, planId)
            .getSingleResult();
    if (at instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    if (at instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    return (java.time.Instant) at;
  }

  public List<Object[]> attendanceBySessionAndOrganization(List<UUID> sessionIds) {
    if (sessionIds.isEmpty()) {
      return List.of();
    }
    return getEntityManager()
        .createNativeQuery(
            "select session_id, organization_id,"
                + " count(*) filter (where status <> 'CANCELLED'),"
                + " count(*) filter (where attended)"
                + " from registrations where session_id = any(?1)"
                + " group by session_id, organization_id")
        .setParameter(1, sessionIds.toArray(UUID[]::new))
        .getResultList();
  }

  /**
   * Every registration of a session, for exports: organisation, then name order is the caller's.
   */
  public List<RegistrationEntity> allOf(UUID sessionId) {
    return list("sessionId", Sort.by("registeredAt").and("id"), sessionId);
  }

  /**
   * The sessions where the organisation has at least one person registered (not cancelled), the
   * most recently registered first.
   */
  public List<UUID> registeredSessionIdsOf(UUID organizationId, int max) {
    return getEntityManager()
        .createQuery(
            "select r.sessionId from RegistrationEntity r"
                + " where r.organizationId = :org and r.status = :status"
                + " group by r.sessionId order by max(r.registeredAt) desc, r.sessionId",
            UUID.class)
        .setParameter("org", organizationId)
        .setParameter("status", RegistrationStatus.REGISTERED)
        .setMaxResults(max)
        .getResultList();
  }

  /** Whether the organisation holds a seat at, or attended, any of these sessions. */
  public boolean tookPartIn(UUID organizationId, java.util.Collection<UUID> sessionIds) {
    if (sessionIds.isEmpty()) {
      return false;
    }
    return getEntityManager()
            .createQuery(
                "select count(r) from RegistrationEntity r where r.organizationId = :org"
                    + " and r.sessionId in :sessions"
                    + " and (r.status = :registered or r.attended = true)",
                Long.class)
            .setParameter("org", organizationId)
            .setParameter("sessions", sessionIds)
            .setParameter("registered", RegistrationStatus.REGISTERED)
            .getSingleResult()
        > 0;
  }

  /** Every registration of one person, oldest first (personal-data export). */
  public List<RegistrationEntity> ofPerson(UUID participantId) {
    return list("participantId", Sort.by("registeredAt").and("id"), participantId);
  }

  /**
   * How many seats or waitlist places the person holds at sessions still to come (scheduled and not
   * started): an erasure would leave them without anyone to write to.
   */
  public long upcomingHeldBy(UUID participantId) {
    return ((Number)
            getEntityManager()
                .createNativeQuery(
                    "select count(*) from registrations r join sessions s on s.id = r.session_id"
                        + " where r.participant_id = ?1 and r.status in ('REGISTERED', 'WAITLISTED')"
                        + " and s.status = 'SCHEDULED' and s.starts_at > now()")
                .setParameter(1, participantId)
                .getSingleResult())
        .longValue();
  }

  /**
   * People not yet erased, created before {@code cutoff}, with no registration to a session that
   * started after it: the ones the retention policy pseudonymises. At most {@code max}.
   */
  @SuppressWarnings("unchecked")
  public List<UUID> inactivePeopleSince(java.time.Instant cutoff, int max) {
    return getEntityManager()
        .createNativeQuery(
            "select p.id from participants p where p.erased_at is null and p.created_at < ?1"
                + " and not exists (select 1 from registrations r join sessions s on s.id ="
                + " r.session_id where r.participant_id = p.id and s.starts_at >= ?1)"
                + " order by p.created_at, p.id limit ?2",
            UUID.class)
        .setParameter(1, cutoff)
        .setParameter(2, max)
        .getResultList();
  }

  private static String where(UUID organizationId, Parameters params) {
    if (organizationId == null) {
      return "sessionId = :session";
    }
    params.and("org", organizationId);
    return "sessionId = :session and organizationId = :org";
  }
}
