package it.zonale.policyarea;

import it.zonale.shared.error.DomainException;
import it.zonale.shared.web.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads the policy-area catalogue; plans and tables select from it. */
@ApplicationScoped
class PolicyAreaService {
  private final PolicyAreaRepository areas;

  public PolicyAreaService(PolicyAreaRepository areas) {
    this.areas = areas;
  }

  public PolicyAreaPage listPolicyAreas(PageQuery page) {
    return new PolicyAreaPage(
        areas.page(page.limit, page.offset).stream().map(PolicyAreaService::toDto).toList(),
        page.limit,
        page.offset,
        areas.count());
  }

  /**
   * @throws DomainException.NotFound policy-area-not-found
   */
  public PolicyArea getPolicyArea(UUID id) {
    return areas
        .findByIdOptional(id)
        .map(PolicyAreaService::toDto)
        .orElseThrow(() -> DomainException.NotFound.of("policy-area", id));
  }

  /** The areas with these ids, in catalogue order. */
  List<PolicyArea> byIds(Collection<UUID> ids) {
    return areas.byIds(ids).stream().map(PolicyAreaService::toDto).toList();
  }

  /** The ids among these that are not in the catalogue. */
  Set<UUID> unknown(Collection<UUID> ids) {
    Set<UUID> known = areas.byIds(ids).stream().map(a -> a.id).collect(Collectors.toSet());
    return ids.stream().filter(id -> !known.contains(id)).collect(Collectors.toSet());
  }

  private static PolicyArea toDto(PolicyAreaEntity e) {
    return new PolicyArea(e.id, e.code, e.name, e.description, e.position);
  }
}
