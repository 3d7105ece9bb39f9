package it.zonale.agreement;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.organization.OrganizationApi;
import it.zonale.organization.OrganizationKind;
import it.zonale.organization.OrganizationRef;
import it.zonale.participant.ParticipantApi;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.persistence.Versions;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.web.PageQuery;
import it.zonale.table.TableApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Requests of adhesion to a signed accordo: an organisation that took part in the plan asks, the
 * plan office accepts or rejects; an accepted adhesion is public in the register, anything else is
 * seen only by its organisation and the plan office.
 */
@ApplicationScoped
class AdhesionService {
  private final AdhesionRepository adhesions;
  private final AgreementService agreements;
  private final TableApi tables;
  private final ParticipantApi participants;
  private final OrganizationApi organizations;
  private final CurrentUser user;
  private final AuditApi audit;

  public AdhesionService(
      AdhesionRepository adhesions,
      AgreementService agreements,
      TableApi tables,
      ParticipantApi participants,
      OrganizationApi organizations,
      CurrentUser user,
      AuditApi audit) {
    this.adhesions = adhesions;
    this.agreements = agreements;
    this.tables = tables;
    this.participants = participants;
    this.organizations = organizations;
    this.user = user;
    this.audit = audit;
  }

  /**
   * The plan office of the ambito sees every request; anyone else only their own organisation's.
   *
   * @throws DomainException.NotFound agreement-not-found
   * @throws DomainException.Forbidden no-organization
   */
  public AdhesionPage listAdhesions(UUID planId, AdhesionStatus status, PageQuery page) {
    AgreementEntity agreement = agreements.readable(planId);
    UUID scope = user.managesDistrict(agreement.districtId) ? null : requireOrganization();
    var filter = new AdhesionRepository.Filter(agreement.id, scope, status);
    List<AdhesionEntity> rows = adhesions.page(filter, page.limit, page.offset);
    Map<UUID, OrganizationRef> orgs =
        organizations.refsOf(rows.stream().map(a -> a.organizationId).toList());
    return new AdhesionPage(
        rows.stream().map(a -> toDto(a, orgs.get(a.organizationId))).toList(),
        page.limit,
        page.offset,
        adhesions.count(filter));
  }

  /**
   * An accepted adhesion is public; a pending, rejected or withdrawn one is seen only by its
   * organisation and the plan office.
   *
   * @throws DomainException.NotFound adhesion-not-found
   */
  public Adhesion getAdhesion(UUID id) {
    AdhesionEntity a = find(id);
    if (a.status == AdhesionStatus.ACCEPTED) {
      agreements.readable(a.planId);
    } else if (!user.managesDistrict(a.districtId) && !isOwn(a)) {
      throw hidden(a, "not of the caller's organisation or ambito");
    }
    return toDto(a);
  }

  /**
   * A delegate asks that the organisation adhere to the signed accordo: only a Third Sector or
   * private organisation that took part in the plan (member of one of its tables, or present at one
   * of its incontri), once.
   *
   * @throws DomainException.NotFound agreement-not-found (none, or not signed yet)
   * @throws DomainException.Forbidden no-organization
   * @throws DomainException.InvalidState public-body-signs, agreement-not-signed, not-a-participant
   * @throws DomainException.Conflict adhesion-exists
   */
  @Transactional
  public Adhesion requestAdhesion(UUID planId, AdhesionCreate create) {
    AgreementEntity agreement = agreements.readable(planId);
    UUID organizationId = requireOrganization();
    OrganizationRef org = organizations.refsOf(Set.of(organizationId)).get(organizationId);
    if (org == null) {
      throw noOrganization();
    }
    if (org.kind().isPublicBody()) {
      throw DomainException.InvalidState.of(
          "public-body-signs",
          "A public body signs the accordo di programma, it does not adhere: the plan office"
              + " lists it among the signatories.");
    }
    if (agreement.status != AgreementStatus.SIGNED) {
      // why: only the plan office reads a draft, and it does not request adhesions
      throw DomainException.NotFound.of("agreement", planId);
    }
    adhesions
        .findActive(agreement.id, organizationId)
        .ifPresent(
            existing -> {
              throw DomainException.Conflict.of(
                  "adhesion-exists",
                  "Your organisation already asked to adhere to this accordo: "
                      + existing.id
                      + " ("
                      + existing.status
                      + ").");
            });
    if (!tookPart(planId, organizationId)) {
      throw DomainException.InvalidState.of(
          "not-a-participant",
          "Only organisations that took part in the plan may adhere to its accordo: a member of"
              + " one of its tables, or registered to one of its incontri.");
    }
    Instant now = Timestamps.now();
    AdhesionEntity a = new AdhesionEntity();
    a.id = UUID.randomUUID();
    a.agreementId = agreement.id;
    a.planId = agreement.planId;
    a.districtId = agreement.districtId;
    a.organizationId = organizationId;
    a.status = AdhesionStatus.REQUESTED;
    a.note =
        create == null || create.note() == null || create.note().isBlank()
            ? null
            : create.note().strip();
    a.requestedAt = now;
    a.createdAt = now;
    a.updatedAt = now;
    adhesions.persistAndFlush(a);
    Adhesion created = toDto(a, org);
    audit.recordChange(AuditAction.CREATE, "adhesion", a.id, a.districtId, null, created);
    return created;
  }

  /**
   * The organisation withdraws its pending request; it may ask again later.
   *
   * @throws DomainException.InvalidState adhesion-not-pending
   */
  @Transactional
  public Adhesion withdrawAdhesion(UUID id) {
    AdhesionEntity a = find(id);
    if (!isOwn(a)) {
      throw hidden(a, "not of the caller's organisation");
    }
    requirePending(a);
    Adhesion before = toDto(a);
    Instant now = Timestamps.now();
    a.status = AdhesionStatus.WITHDRAWN;
    a.withdrawnAt = now;
    a.updatedAt = now;
    adhesions.flush();
    Adhesion after = toDto(a);
    audit.recordChange(AuditAction.STATUS_CHANGE, "adhesion", a.id, a.districtId, before, after);
    return after;
  }

  /**
   * The plan office accepts a pending request (the organisation enters the public register) or
   * rejects it with a reason. A decision is final.
   *
   * @throws DomainException.InvalidInput reason missing for a rejection
   * @throws DomainException.StaleVersion stale-version
   * @throws DomainException.InvalidState adhesion-not-pending
   */
  @Transactional
  public Adhesion decideAdhesion(UUID id, AdhesionDecision decision) {
    AdhesionEntity a = find(id);
    if (!user.managesDistrict(a.districtId)) {
      if (isOwn(a) || a.status == AdhesionStatus.ACCEPTED) {
        throw DomainException.Forbidden.of(
            "not-your-district", "Only the plan office of the ambito decides on adhesions.");
      }
      throw hidden(a, "not of the caller's ambito");
    }
    agreements.manageable(a.planId);
    Versions.require("adhesion", decision.version(), a.version);
    requirePending(a);
    String reason = decision.reason() == null ? null : decision.reason().strip();
    if (decision.outcome() == AdhesionOutcome.REJECTED && (reason == null || reason.isEmpty())) {
      throw DomainException.InvalidInput.of(
          "/reason", FieldCode.REQUIRED, "is required to reject a request of adhesion");
    }
    Adhesion before = toDto(a);
    Instant now = Timestamps.now();
    a.status = AdhesionStatus.valueOf(decision.outcome().name());
    a.decidedAt = now;
    a.decisionReason = reason == null || reason.isEmpty() ? null : reason;
    a.updatedAt = now;
    adhesions.flush();
    Adhesion after = toDto(a);
    audit.recordChange(AuditAction.STATUS_CHANGE, "adhesion", a.id, a.districtId, before, after);
    return after;
  }

  /** Took part: a table member of the plan, or with a seat or presence at one of its incontri. */
  private boolean tookPart(UUID planId, UUID organizationId) {
    return tables.isMemberOfPlan(planId, organizationId)
        || participants.tookPartInSessionsOf(planId, organizationId);
  }

  private static void requirePending(AdhesionEntity a) {
    if (a.status != AdhesionStatus.REQUESTED) {
      throw DomainException.InvalidState.of(
          "adhesion-not-pending",
          "Only a pending request of adhesion can change; this one is " + a.status + ".");
    }
  }

  private AdhesionEntity find(UUID id) {
    return adhesions
        .findByIdOptional(id)
        .orElseThrow(() -> DomainException.NotFound.of("adhesion", id));
  }

  private boolean isOwn(AdhesionEntity a) {
    return user.organizationId().map(a.organizationId::equals).orElse(false);
  }

  /** Another organisation's request stays unknown, but the attempt is on record. */
  private static DomainException hidden(AdhesionEntity a, String reason) {
    return DomainException.NotFound.hidden("adhesion", a.id, a.districtId, reason);
  }

  private UUID requireOrganization() {
    return user.organizationId().orElseThrow(AdhesionService::noOrganization);
  }

  private static DomainException noOrganization() {
    return DomainException.Forbidden.of(
        "no-organization",
        "Your account acts for no organisation: ask your plan office to link it to one.");
  }

  private Adhesion toDto(AdhesionEntity a) {
    return toDto(a, organizations.refsOf(Set.of(a.organizationId)).get(a.organizationId));
  }

  private static Adhesion toDto(AdhesionEntity a, OrganizationRef org) {
    return new Adhesion(
        a.id,
        a.planId,
        a.agreementId,
        a.organizationId,
        org == null ? "" : org.name(),
        org == null ? OrganizationKind.OTHER_ETS : org.kind(),
        a.status,
        a.note,
        rome(a.requestedAt),
        rome(a.decidedAt),
        a.decisionReason,
        rome(a.withdrawnAt),
        a.version);
  }

  private static OffsetDateTime rome(Instant instant) {
    return instant == null ? null : instant.atZone(AgreementService.ROME).toOffsetDateTime();
  }
}
