package it.zonale.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries on organisations. */
@ApplicationScoped
class OrganizationRepository implements PanacheRepositoryBase<OrganizationEntity, UUID> {

  /** Filters for the organisation list; null means "any". */
  public record Filter(String q, OrganizationKind kind, UUID districtId) {}

  public List<OrganizationEntity> page(Filter filter, int limit, int offset) {
    Parameters params = new Parameters();
    String where = where(filter, params);
    return find(where + " order by lower(o.name), o.id", params)
        .range(offset, offset + limit - 1)
        .list();
  }

  /** The page after the organisation with this name and id, in the same order as {@link #page}. */
  public List<OrganizationEntity> pageAfter(Filter filter, String name, UUID id, int limit) {
    Parameters params = new Parameters();
    String where = where(filter, params);
    params.and("afterName", name).and("afterId", id);
    return find(
            where
                + (where.contains(" where ") ? " and" : " where")
                + " (lower(o.name), o.id) > (lower(:afterName), :afterId)"
                + " order by lower(o.name), o.id",
            params)
        .range(0, limit - 1)
        .list();
  }

  public long count(Filter filter) {
    Parameters params = new Parameters();
    return count(where(filter, params), params);
  }

  /**
   * The organisations with these ids, their ambiti fetched in the same query: refsOf reads them for
   * every organisation, and lazily that was one more query per organisation (4,000 for the open
   * data's table-members of a large plan).
   */
  public List<OrganizationEntity> byIds(Collection<UUID> ids) {
    return ids.isEmpty()
        ? List.of()
        : list(
            "select distinct o from OrganizationEntity o left join fetch o.districtIds where o.id in ?1",
            ids);
  }

  /** The organisations of the ambito that gave an e-mail address, by name. */
  public List<OrganizationEntity> withEmailIn(UUID districtId) {
    return list(
        "from OrganizationEntity o where :district member of o.districtIds"
            + " and o.email is not null and trim(o.email) <> '' order by lower(o.name), o.id",
        Parameters.with("district", districtId));
  }

  public Optional<OrganizationEntity> findByTaxCode(String taxCode) {
    return find("taxCode", taxCode).firstResultOptional();
  }

  private static String where(Filter filter, Parameters params) {
    List<String> clauses = new ArrayList<>();
    if (filter.q() != null && !filter.q().isBlank()) {
      clauses.add("lower(o.name) like :q escape '\\'");
      params.and("q", "%" + escapeLike(filter.q().toLowerCase()) + "%");
    }
    if (filter.kind() != null) {
      clauses.add("o.kind = :kind");
      params.and("kind", filter.kind());
    }
    if (filter.districtId() != null) {
      clauses.add(":district member of o.districtIds");
      params.and("district", filter.districtId());
    }
    return "from OrganizationEntity o"
        + (clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses));
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
