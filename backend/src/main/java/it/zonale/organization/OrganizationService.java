package it.zonale.organization;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditService;
import it.zonale.district.DistrictService;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.persistence.Versions;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.web.CursorPageQuery;
import it.zonale.shared.web.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Registers and maintains organisations; plan offices manage those of their ambiti, each ente its
 * own profile.
 */
@ApplicationScoped
public class OrganizationService {

  private final OrganizationRepository organizations;
  private final DistrictService districts;
  private final CurrentUser user;
  private final AuditService audit;

  public OrganizationService(
      OrganizationRepository organizations,
      DistrictService districts,
      CurrentUser user,
      AuditService audit) {
    this.audit = audit;
    this.organizations = organizations;
    this.districts = districts;
    this.user = user;
  }

  /**
   * One page by name, from the offset or after the cursor's organisation; one row more than asked
   * says whether a next page exists.
   */
  public OrganizationPage listOrganizations(
      OrganizationRepository.Filter filter, PageQuery page, CursorPageQuery.After after) {
    List<OrganizationEntity> rows =
        after == null
            ? organizations.page(filter, page.limit + 1, page.offset)
            : organizations.pageAfter(filter, after.key(), after.id(), page.limit + 1);
    String next = null;
    if (rows.size() > page.limit) {
      rows = rows.subList(0, page.limit);
      OrganizationEntity last = rows.get(rows.size() - 1);
      next = CursorPageQuery.encode(last.name, last.id);
    }
    return new OrganizationPage(
        rows.stream().map(OrganizationMapper::toDto).toList(),
        page.limit,
        after == null ? page.offset : 0,
        organizations.count(filter),
        next);
  }

  /**
   * @throws DomainException.NotFound organization-not-found
   */
  public Organization getOrganization(UUID id) {
    return OrganizationMapper.toDto(find(id));
  }

  /**
   * A plan office registers an organisation that works in (one of) its ambiti.
   *
   * @throws DomainException.InvalidInput RUNTS data on a public body, unknown district
   * @throws DomainException.Forbidden none of the districts is the caller's
   * @throws DomainException.Conflict organization-tax-code-taken
   */
  @Transactional
  public Organization registerOrganization(OrganizationCreate create) {
    checkRunts(create.kind(), create.runtsNumber(), create.runtsSection());
    checkDistricts(create.districtIds());
    if (create.districtIds().stream().noneMatch(user::managesDistrict)) {
      throw DomainException.Forbidden.of(
          "not-your-district",
          "You can register organisations only in the ambiti whose plan office you are.");
    }
    if (organizations.findByTaxCode(create.taxCode()).isPresent()) {
      throw DomainException.Conflict.of(
          "organization-tax-code-taken",
          "An organisation with tax code " + create.taxCode() + " is already registered.");
    }
    OrganizationEntity e = new OrganizationEntity();
    e.id = UUID.randomUUID();
    e.taxCode = create.taxCode();
    e.createdAt = Timestamps.now();
    apply(
        e,
        create.name(),
        create.kind(),
        create.runtsNumber(),
        create.runtsSection(),
        create.email(),
        create.pec(),
        create.districtIds());
    organizations.persistAndFlush(e);
    Organization created = OrganizationMapper.toDto(e);
    e.districtIds.forEach(
        d -> audit.recordChange(AuditAction.CREATE, "organization", e.id, d, null, created));
    return created;
  }

  /**
   * The organisation itself, or the plan office of one of its ambiti, updates its profile.
   *
   * @throws DomainException.NotFound organization-not-found
   * @throws DomainException.Forbidden not-your-organization
   * @throws DomainException.StaleVersion stale-version
   */
  @Transactional
  public Organization updateOrganization(UUID id, OrganizationUpdate update) {
    OrganizationEntity e = find(id);
    requireEditable(e);
    Versions.require("organization", update.version(), e.version);
    checkRunts(update.kind(), update.runtsNumber(), update.runtsSection());
    checkDistricts(update.districtIds());
    Organization before = OrganizationMapper.toDto(e);
    apply(
        e,
        update.name(),
        update.kind(),
        update.runtsNumber(),
        update.runtsSection(),
        update.email(),
        update.pec(),
        update.districtIds());
    organizations.flush();
    Organization after = OrganizationMapper.toDto(e);
    e.districtIds.forEach(
        d -> audit.recordChange(AuditAction.UPDATE, "organization", e.id, d, before, after));
    return after;
  }

  /**
   * @throws DomainException.NotFound organization-not-found
   * @throws DomainException.Forbidden not-your-district
   */
  @Transactional
  public void deleteOrganization(UUID id) {
    OrganizationEntity e = find(id);
    if (e.districtIds.stream().noneMatch(user::managesDistrict)) {
      throw DomainException.Forbidden.of(
          "not-your-district",
          "Only the plan office of an ambito where the organisation works can remove it.");
    }
    Organization gone = OrganizationMapper.toDto(e);
    e.districtIds.forEach(
        d -> audit.recordChange(AuditAction.DELETE, "organization", e.id, d, gone, null));
    organizations.delete(e);
    organizations.flush();
  }

  /**
   * For other features: the ambiti where an organisation works; organization-not-found when
   * unknown.
   */
  public java.util.Set<UUID> districtsOf(UUID id) {
    return java.util.Set.copyOf(find(id).districtIds);
  }

  /** For reports of other features: organisation names by id (unknown ids are left out). */
  public java.util.Map<UUID, String> namesOf(java.util.Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return java.util.Map.of();
    }
    return organizations.list("id in ?1", ids).stream()
        .collect(java.util.stream.Collectors.toMap(o -> o.id, o -> o.name));
  }

  /** For other features: name, kind and ambiti of the organisations with these ids that exist. */
  public Map<UUID, OrganizationRef> refsOf(Collection<UUID> ids) {
    Map<UUID, OrganizationRef> refs = new HashMap<>();
    organizations
        .byIds(ids)
        .forEach(
            e ->
                refs.put(
                    e.id, new OrganizationRef(e.id, e.name, e.kind, Set.copyOf(e.districtIds))));
    return refs;
  }

  /** For notifications: the organisations with an e-mail address that work in the ambito. */
  public List<OrganizationContact> contactsIn(UUID districtId) {
    return organizations.withEmailIn(districtId).stream()
        .map(e -> new OrganizationContact(e.id, e.name, e.kind, e.email.strip()))
        .toList();
  }

  /** For notifications: the organisation's e-mail address, if it exists and gave one. */
  public java.util.Optional<OrganizationContact> contactOf(UUID id) {
    return organizations
        .findByIdOptional(id)
        .filter(e -> e.email != null && !e.email.isBlank())
        .map(e -> new OrganizationContact(e.id, e.name, e.kind, e.email.strip()));
  }

  private OrganizationEntity find(UUID id) {
    return organizations
        .findByIdOptional(id)
        .orElseThrow(() -> DomainException.NotFound.of("organization", id));
  }

  private void requireEditable(OrganizationEntity e) {
    boolean own = user.organizationId().map(e.id::equals).orElse(false);
    if (!own && e.districtIds.stream().noneMatch(user::managesDistrict)) {
      throw DomainException.Forbidden.of(
          "not-your-organization",
          "Only the organisation itself or the plan office of its ambito can change it.");
    }
  }

  private void checkDistricts(List<UUID> ids) {
    for (int i = 0; i < ids.size(); i++) {
      try {
        districts.requireDistrict(ids.get(i));
      } catch (DomainException.NotFound e) {
        throw DomainException.InvalidInput.of(
            "/districtIds/" + i, FieldCode.UNKNOWN_REFERENCE, "no ambito with this id");
      }
    }
  }

  private static void checkRunts(OrganizationKind kind, String runtsNumber, RuntsSection section) {
    if (!kind.isThirdSector() && (runtsNumber != null || section != null)) {
      throw DomainException.InvalidInput.of(
          runtsNumber != null ? "/runtsNumber" : "/runtsSection",
          FieldCode.NOT_ALLOWED,
          "only Third Sector entities are registered in the RUNTS");
    }
  }

  private static void apply(
      OrganizationEntity e,
      String name,
      OrganizationKind kind,
      String runtsNumber,
      RuntsSection section,
      String email,
      String pec,
      List<UUID> districtIds) {
    e.name = name.strip();
    e.kind = kind;
    e.runtsNumber = runtsNumber;
    e.runtsSection = section;
    e.email = email;
    e.pec = pec;
    e.districtIds.clear();
    e.districtIds.addAll(new LinkedHashSet<>(districtIds));
    e.updatedAt = Timestamps.now();
  }
}
