package it.zonale.organization;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.district.DistrictApi;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.persistence.Versions;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.security.Roles;
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
class OrganizationService {

  private final OrganizationRepository organizations;
  private final DistrictApi districts;
  private final CurrentUser user;
  private final AuditApi audit;

  public OrganizationService(
      OrganizationRepository organizations,
      DistrictApi districts,
      CurrentUser user,
      AuditApi audit) {
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
  Organization getOrganization(UUID id) {
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
    // Every ambito named must be the caller's: another ambito's register is its own office's.
    // Nothing exists yet, so there is no object whose refusal the audit log would record.
    if (!create.districtIds().stream().allMatch(user::managesDistrict)) {
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
    confirmKind(e);
    organizations.persistAndFlush(e);
    Organization created = OrganizationMapper.toDto(e);
    e.districtIds.forEach(
        d -> audit.recordChange(AuditAction.CREATE, "organization", e.id, d, null, created));
    return created;
  }

  /**
   * The organisation itself, or the plan office of one of its ambiti, updates its profile. A plan
   * office changes only the memberships of ambiti it manages, and may add its own ambito to an
   * organisation registered elsewhere. The organisation itself does not change its ambiti (each is
   * a plan office's register). Once a plan office has confirmed the kind and RUNTS section, the
   * organisation itself only proposes a change of them.
   *
   * @throws DomainException.NotFound organization-not-found
   * @throws DomainException.Forbidden not-your-organization, not-your-district (another ambito's
   *     membership)
   * @throws DomainException.InvalidState organization-districts-by-office (the organisation
   *     changing its own ambiti)
   * @throws DomainException.StaleVersion stale-version
   */
  @Transactional
  public Organization updateOrganization(UUID id, OrganizationUpdate update) {
    OrganizationEntity e = find(id);
    boolean joins = joinsOwnDistrict(e, update.districtIds());
    if (!joins) {
      requireEditable(e);
    }
    checkDistricts(update.districtIds());
    requireOwnMemberships(e, update.districtIds());
    boolean office = joins || isOfficeOf(e);
    if (!office && !Set.copyOf(update.districtIds()).equals(Set.copyOf(e.districtIds))) {
      throw DomainException.InvalidState.of(
          "organization-districts-by-office",
          "The ambiti where an organisation works are its plan offices' register: ask the plan"
              + " office of the ambito to add or remove your organisation.");
    }
    Versions.require("organization", update.version(), e.version);
    checkRunts(update.kind(), update.runtsNumber(), update.runtsSection());
    Organization before = OrganizationMapper.toDto(e);
    OrganizationKind kind = update.kind();
    RuntsSection section = update.runtsSection();
    boolean kindChanges = kind != e.kind || section != e.runtsSection;
    if (!office && e.kindConfirmedAt != null) {
      // The organisation itself: a change of its confirmed kind waits for a plan office; the
      // RUNTS number it keeps giving must then fit the kind that stays.
      if (kindChanges) {
        e.proposedKind = kind;
        e.proposedRuntsSection = section;
      }
      kind = e.kind;
      section = e.runtsSection;
      checkRunts(kind, update.runtsNumber(), section);
    }
    apply(
        e,
        update.name(),
        kind,
        update.runtsNumber(),
        section,
        update.email(),
        update.pec(),
        update.districtIds());
    if (office && (kindChanges || e.kindConfirmedAt == null)) {
      confirmKind(e);
    }
    organizations.flush();
    Organization after = OrganizationMapper.toDto(e);
    e.districtIds.forEach(
        d -> audit.recordChange(AuditAction.UPDATE, "organization", e.id, d, before, after));
    return after;
  }

  /**
   * A plan office of one of the organisation's ambiti accepts or rejects the kind and RUNTS section
   * the organisation proposed.
   *
   * @throws DomainException.NotFound organization-not-found
   * @throws DomainException.Forbidden not-your-district
   * @throws DomainException.StaleVersion stale-version
   * @throws DomainException.InvalidState no-kind-proposal
   */
  @Transactional
  public Organization decideKindProposal(UUID id, KindProposalDecision decision) {
    OrganizationEntity e = find(id);
    if (!isOfficeOf(e)) {
      // audited once, in the organisation's first ambito, by the problem mapper (AccessRefused)
      throw DomainException.Forbidden.on(
          "organization",
          e.id,
          e.districtIds.stream().findFirst().orElse(null),
          "not-your-district",
          "Only the plan office of an ambito where the organisation works decides on its kind.");
    }
    Versions.require("organization", decision.version(), e.version);
    if (e.proposedKind == null) {
      throw DomainException.InvalidState.of(
          "no-kind-proposal", "The organisation has no proposed kind waiting for a decision.");
    }
    Organization before = OrganizationMapper.toDto(e);
    if (decision.outcome() == KindProposalOutcome.ACCEPTED) {
      e.kind = e.proposedKind;
      e.runtsSection = e.proposedRuntsSection;
      if (!e.kind.isThirdSector()) {
        // only Third Sector entities are registered in the RUNTS (as checkRunts says)
        e.runtsNumber = null;
      }
    }
    confirmKind(e);
    e.updatedAt = Timestamps.now();
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

  /** The ambiti where an organisation works; organization-not-found when unknown. */
  java.util.Set<UUID> districtsOf(UUID id) {
    return java.util.Set.copyOf(find(id).districtIds);
  }

  /** Organisation names by id (unknown ids are left out). */
  java.util.Map<UUID, String> namesOf(java.util.Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return java.util.Map.of();
    }
    return organizations.list("id in ?1", ids).stream()
        .collect(java.util.stream.Collectors.toMap(o -> o.id, o -> o.name));
  }

  /** Name, kind and ambiti of the organisations with these ids that exist. */
  Map<UUID, OrganizationRef> refsOf(Collection<UUID> ids) {
    Map<UUID, OrganizationRef> refs = new HashMap<>();
    organizations
        .byIds(ids)
        .forEach(
            e ->
                refs.put(
                    e.id, new OrganizationRef(e.id, e.name, e.kind, Set.copyOf(e.districtIds))));
    return refs;
  }

  /** The organisations with an e-mail address that work in the ambito. */
  List<OrganizationContact> contactsIn(UUID districtId) {
    return organizations.withEmailIn(districtId).stream()
        .map(e -> new OrganizationContact(e.id, e.name, e.kind, e.email.strip()))
        .toList();
  }

  /** The organisation's e-mail address, if it exists and gave one. */
  java.util.Optional<OrganizationContact> contactOf(UUID id) {
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

  /**
   * A plan office adds one of its own ambiti to an organisation none of whose ambiti it manages (an
   * organisation registered elsewhere starts working here): then it may edit the profile like the
   * office of any of its ambiti; whether it touches another ambito is checked apart.
   */
  private boolean joinsOwnDistrict(OrganizationEntity e, List<UUID> requested) {
    return user.hasRole(Roles.CONSORTIUM)
        && !isOfficeOf(e)
        && requested.stream().anyMatch(d -> !e.districtIds.contains(d) && user.managesDistrict(d));
  }

  /** The plan office of one of the ambiti where the organisation works. */
  private boolean isOfficeOf(OrganizationEntity e) {
    return e.districtIds.stream().anyMatch(user::managesDistrict);
  }

  /**
   * A plan office adds and removes only the ambiti it manages: a body that would add or remove
   * another one is refused whole, and each ambito so touched finds the attempt in its audit log.
   * 403 not-your-district rather than a 422: the rule refused is who may act on that ambito's
   * register, the same refusal as registering in another ambito. The organisation itself (ets,
   * asst, comune) does not change its ambiti at all (422 organization-districts-by-office).
   */
  private void requireOwnMemberships(OrganizationEntity e, List<UUID> requested) {
    if (!user.hasRole(Roles.CONSORTIUM)) {
      return;
    }
    Set<UUID> wanted = new LinkedHashSet<>(requested);
    Set<UUID> touched = new LinkedHashSet<>();
    e.districtIds.stream().filter(d -> !wanted.contains(d)).forEach(touched::add);
    wanted.stream().filter(d -> !e.districtIds.contains(d)).forEach(touched::add);
    touched.removeIf(user::managesDistrict);
    if (touched.isEmpty()) {
      return;
    }
    // audited once, in the ambito whose membership was touched, by the problem mapper
    throw DomainException.Forbidden.on(
        "organization",
        e.id,
        touched.iterator().next(),
        "not-your-district",
        "A plan office adds or removes only its own ambiti; the membership of another ambito is"
            + " its plan office's.");
  }

  /** A plan office set or confirmed kind and RUNTS section: nothing stays proposed. */
  private void confirmKind(OrganizationEntity e) {
    e.kindConfirmedAt = Timestamps.now();
    e.kindConfirmedBy = user.userId().orElse(null);
    e.proposedKind = null;
    e.proposedRuntsSection = null;
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
