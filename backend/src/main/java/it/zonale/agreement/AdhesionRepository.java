package it.zonale.agreement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import it.zonale.organization.OrganizationKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Queries on requests of adhesion, always those of one agreement; the register reads the
 * organisations' names and kinds in SQL to order and count them.
 */
@ApplicationScoped
class AdhesionRepository implements PanacheRepositoryBase<AdhesionEntity, UUID> {

  /** Filters of an agreement's requests; null means "any". */
  public record Filter(UUID agreementId, UUID organizationId, AdhesionStatus status) {}

  public List<AdhesionEntity> page(Filter filter, int limit, int offset) {
    Parameters params = new Parameters();
    return find(where(filter, params) + " order by a.requestedAt, a.id", params)
        .range(offset, offset + limit - 1)
        .list();
  }

  public long count(Filter filter) {
    Parameters params = new Parameters();
    return count(where(filter, params), params);
  }

  /** The organisation's request that is not withdrawn, if any: at most one (unique index). */
  public Optional<AdhesionEntity> findActive(UUID agreementId, UUID organizationId) {
    return find(
            "agreementId = ?1 and organizationId = ?2 and status <> ?3",
            agreementId,
            organizationId,
            AdhesionStatus.WITHDRAWN)
        .firstResultOptional();
  }

  public long countAccepted(UUID agreementId) {
    return count("agreementId = ?1 and status = ?2", agreementId, AdhesionStatus.ACCEPTED);
  }

  /** One row of the register: organisation id, name, kind and when it was accepted. */
  public record RegisterRow(
      UUID organizationId, String name, OrganizationKind kind, java.time.Instant acceptedAt) {}

  @SuppressWarnings("unchecked")
  public List<RegisterRow> register(UUID agreementId, int limit, int offset) {
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select a.organization_id, o.name, o.kind, a.decided_at"
                    + " from agreement_adhesions a join organizations o on o.id = a.organization_id"
                    + " where a.agreement_id = :agreement and a.status = 'ACCEPTED'"
                    + " order by lower(o.name), a.organization_id limit :limit offset :offset")
            .setParameter("agreement", agreementId)
            .setParameter("limit", limit)
            .setParameter("offset", offset)
            .getResultList();
    List<RegisterRow> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(
          new RegisterRow(
              (UUID) r[0],
              (String) r[1],
              OrganizationKind.valueOf((String) r[2]),
              toInstant(r[3])));
    }
    return out;
  }

  /** The accepted organisations by kind, largest group first. */
  @SuppressWarnings("unchecked")
  public List<KindCount> countsByKind(UUID agreementId) {
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select o.kind, count(*) from agreement_adhesions a"
                    + " join organizations o on o.id = a.organization_id"
                    + " where a.agreement_id = :agreement and a.status = 'ACCEPTED'"
                    + " group by o.kind order by count(*) desc, o.kind")
            .setParameter("agreement", agreementId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new KindCount(OrganizationKind.valueOf((String) r[0]), ((Number) r[1]).longValue()))
        .toList();
  }

  private static java.time.Instant toInstant(Object value) {
    if (value instanceof java.time.Instant i) {
      return i;
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    return null;
  }

  private static String where(Filter f, Parameters params) {
    List<String> clauses = new ArrayList<>();
    clauses.add("a.agreementId = :agreement");
    params.and("agreement", f.agreementId());
    if (f.organizationId() != null) {
      clauses.add("a.organizationId = :org");
      params.and("org", f.organizationId());
    }
    if (f.status() != null) {
      clauses.add("a.status = :status");
      params.and("status", f.status());
    }
    return "from AdhesionEntity a where " + String.join(" and ", clauses);
  }
}
