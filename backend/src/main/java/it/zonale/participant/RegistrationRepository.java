package it.zonale.participant;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries on registrations; {@code organizationId} null means all organisations (plan office). */
@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<RegistrationEntity, UUID> {
  public List<RegistrationEntity> pageOf(
      UUID sessionId, UUID organizationId, int limit, int offset) {
    Parameters params = Parameters.with("session", sessionId);
    return find(where(organizationId, params), Sort.by("registeredAt").and("id"), params)
        .range(offset, offset + limit - 1)
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

  private static String where(UUID organizationId, Parameters params) {
    if (organizationId == null) {
      return "sessionId = :session";
    }
    params.and("org", organizationId);
    return "sessionId = :session and organizationId = :org";
  }
}
