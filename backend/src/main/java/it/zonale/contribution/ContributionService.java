package it.zonale.contribution;

import it.zonale.attachment.AttachmentOwner;
import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.organization.OrganizationApi;
import it.zonale.organization.OrganizationRef;
import it.zonale.plan.PlanApi;
import it.zonale.plan.PlanRef;
import it.zonale.plan.PlanWrite;
import it.zonale.session.SessionApi;
import it.zonale.session.SessionRef;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.event.ResourceChanged;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.persistence.Versions;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.web.PageQuery;
import it.zonale.table.TableApi;
import it.zonale.table.TableRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An organisation (ETS, comune, ASST) drafts, submits or withdraws its istanza to a plan in
 * consultation; the plan office answers it. Answered istanze are public, since the plan's
 * objectives cite them by their number; drafts are seen only by their organisation.
 */
@ApplicationScoped
class ContributionService {
  static final ZoneId ZONE = ZoneId.of("Europe/Rome");
  static final String RESOURCE = "contribution";

  private final ContributionRepository contributions;
  private final PlanApi plans;
  private final TableApi tables;
  private final SessionApi sessions;
  private final OrganizationApi organizations;
  private final CurrentUser user;
  private final AuditApi audit;
  private final Event<ResourceChanged> changes;

  public ContributionService(
      ContributionRepository contributions,
      PlanApi plans,
      TableApi tables,
      SessionApi sessions,
      OrganizationApi organizations,
      CurrentUser user,
      AuditApi audit,
      Event<ResourceChanged> changes) {
    this.changes = changes;
    this.contributions = contributions;
    this.plans = plans;
    this.tables = tables;
    this.sessions = sessions;
    this.organizations = organizations;
    this.user = user;
    this.audit = audit;
  }

  /**
   * What the caller may see of a plan's istanze: answered ones, its organisation's in any state
   * and, for the plan office of the plan's ambito, every submitted one.
   *
   * @throws DomainException.NotFound plan-not-found
   */
  public ContributionPage listContributions(
      UUID planId,
      ContributionStatus status,
      UUID tableId,
      UUID policyAreaId,
      UUID organizationId,
      PageQuery page) {
    PlanRef plan = plans.readablePlan(planId);
    var filter =
        new ContributionRepository.Filter(
            planId,
            user.organizationId().orElse(null),
            user.managesDistrict(plan.districtId()),
            status,
            tableId,
            policyAreaId,
            organizationId);
    List<ContributionEntity> rows = contributions.page(filter, page.limit, page.offset);
    Map<UUID, OrganizationRef> orgs =
        organizations.refsOf(rows.stream().map(e -> e.organizationId).toList());
    return new ContributionPage(
        rows.stream().map(e -> toDto(e, orgs.get(e.organizationId))).toList(),
        page.limit,
        page.offset,
        contributions.count(filter));
  }

  /**
   * @throws DomainException.NotFound contribution-not-found (also a draft of another organisation)
   */
  Contribution getContribution(UUID id) {
    return toDto(findVisible(id));
  }

  /**
   * A member of an organisation working in the plan's ambito drafts an istanza for it.
   *
   * @throws DomainException.NotFound plan-not-found
   * @throws DomainException.Forbidden no-organization, organization-not-in-district
   * @throws DomainException.InvalidState plan-not-in-consultation
   * @throws DomainException.InvalidInput table, session or policy areas not of the plan
   */
  @Transactional
  public Contribution createContribution(UUID planId, ContributionCreate create) {
    PlanRef plan = plans.readablePlan(planId);
    UUID organizationId = requireOrganization();
    OrganizationRef org = organizations.refsOf(Set.of(organizationId)).get(organizationId);
    if (org == null) {
      throw noOrganization();
    }
    if (!org.districtIds().contains(plan.districtId())) {
      throw DomainException.Forbidden.of(
          "organization-not-in-district",
          "Your organisation does not work in this plan's ambito: add the ambito to its profile"
              + " first.");
    }
    requireConsultation(plan);
    checkReferences(plan, create.tableId(), create.sessionId(), create.policyAreaIds());
    ContributionEntity e = new ContributionEntity();
    e.id = UUID.randomUUID();
    e.planId = plan.id();
    e.districtId = plan.districtId();
    e.organizationId = organizationId;
    e.status = ContributionStatus.DRAFT;
    e.createdAt = Timestamps.now();
    apply(
        e,
        create.title(),
        create.text(),
        create.tableId(),
        create.sessionId(),
        create.policyAreaIds());
    contributions.persistAndFlush(e);
    Contribution created = toDto(e, org);
    audit.recordChange(AuditAction.CREATE, RESOURCE, e.id, e.districtId, null, created);
    return created;
  }

  /**
   * The organisation edits its draft while the plan is in consultation.
   *
   * @throws DomainException.StaleVersion stale-version
   * @throws DomainException.InvalidState contribution-not-editable, plan-not-in-consultation
   */
  @Transactional
  public Contribution updateContribution(UUID id, ContributionUpdate update) {
    ContributionEntity e = findOwn(id);
    Versions.require(RESOURCE, update.version(), e.version);
    if (e.status != ContributionStatus.DRAFT) {
      throw DomainException.InvalidState.of(
          "contribution-not-editable",
          "Only a draft istanza can be changed; this one is " + e.status + ".");
    }
    PlanRef plan = plans.readablePlan(e.planId);
    requireConsultation(plan);
    checkReferences(plan, update.tableId(), update.sessionId(), update.policyAreaIds());
    Contribution before = toDto(e);
    apply(
        e,
        update.title(),
        update.text(),
        update.tableId(),
        update.sessionId(),
        update.policyAreaIds());
    contributions.flush();
    Contribution after = toDto(e);
    audit.recordChange(AuditAction.UPDATE, RESOURCE, e.id, e.districtId, before, after);
    return after;
  }

  /**
   * Sends the draft to the plan office and gives it the plan's next number.
   *
   * @throws DomainException.InvalidState contribution-transition-not-allowed,
   *     plan-not-in-consultation
   */
  @Transactional
  public Contribution submitContribution(UUID id) {
    ContributionEntity e = findOwn(id);
    if (e.status != ContributionStatus.DRAFT) {
      throw transitionNotAllowed(e.status, ContributionStatus.SUBMITTED);
    }
    PlanRef plan = plans.readablePlan(e.planId);
    requireConsultation(plan);
    Contribution before = toDto(e);
    Instant now = Timestamps.now();
    e.number = contributions.nextNumber(e.planId);
    e.status = ContributionStatus.SUBMITTED;
    e.submittedAt = now;
    e.updatedAt = now;
    contributions.flush();
    Contribution after = toDto(e);
    audit.recordChange(AuditAction.STATUS_CHANGE, RESOURCE, e.id, e.districtId, before, after);
    announce("contribution.submitted", e, ResourceChanged.Audience.OFFICE);
    return after;
  }

  /**
   * The organisation withdraws its draft or submitted istanza before it is answered; a submitted
   * one keeps its number, which is never given again.
   *
   * @throws DomainException.InvalidState contribution-transition-not-allowed
   */
  @Transactional
  public Contribution withdrawContribution(UUID id) {
    ContributionEntity e = findOwn(id);
    if (e.status != ContributionStatus.DRAFT && e.status != ContributionStatus.SUBMITTED) {
      throw transitionNotAllowed(e.status, ContributionStatus.WITHDRAWN);
    }
    Contribution before = toDto(e);
    Instant now = Timestamps.now();
    e.status = ContributionStatus.WITHDRAWN;
    e.withdrawnAt = now;
    e.updatedAt = now;
    contributions.flush();
    Contribution after = toDto(e);
    audit.recordChange(AuditAction.STATUS_CHANGE, RESOURCE, e.id, e.districtId, before, after);
    return after;
  }

  /**
   * The plan office answers a submitted istanza, or corrects its answer, with a reasoning; the
   * answer makes the istanza public.
   *
   * @throws DomainException.NotFound contribution-not-found
   * @throws DomainException.Forbidden not-your-district
   * @throws DomainException.StaleVersion stale-version
   * @throws DomainException.InvalidState contribution-not-submitted, plan-closed
   */
  @Transactional
  public Contribution answerContribution(UUID id, ContributionAnswer answer) {
    ContributionEntity e = find(id);
    if (!isVisible(e)) {
      // A draft stays its organisation's alone, even for the plan office.
      throw hidden(e, "answer of an istanza the caller may not see");
    }
    if (!user.managesDistrict(e.districtId)) {
      throw DomainException.Forbidden.on(
          RESOURCE,
          e.id,
          e.districtId,
          "not-your-district",
          "Only the plan office of this ambito can answer its istanze.");
    }
    PlanRef plan = plans.manageablePlan(e.planId, PlanWrite.CONTRIBUTION_ANSWER);
    Versions.require(RESOURCE, answer.version(), e.version);
    if (e.status != ContributionStatus.SUBMITTED && e.status != ContributionStatus.ANSWERED) {
      throw DomainException.InvalidState.of(
          "contribution-not-submitted",
          "Only a submitted istanza can be answered; this one is " + e.status + ".");
    }
    Contribution before = toDto(e);
    Instant now = Timestamps.now();
    e.status = ContributionStatus.ANSWERED;
    e.outcome = answer.outcome();
    e.reasoning = answer.reasoning().strip();
    e.answeredAt = now;
    e.updatedAt = now;
    contributions.flush();
    Contribution after = toDto(e);
    audit.recordChange(
        before.status() == ContributionStatus.ANSWERED
            ? AuditAction.UPDATE
            : AuditAction.STATUS_CHANGE,
        RESOURCE,
        e.id,
        e.districtId,
        before,
        after);
    announce("contribution.answered", e, ResourceChanged.Audience.ofPlan(plan.status().isPublic()));
    return after;
  }

  /** The istanza if the caller may see it, else contribution-not-found. */
  private ContributionEntity findVisible(UUID id) {
    ContributionEntity e = find(id);
    if (!isVisible(e)) {
      throw hidden(e, "not public, not of the caller's organisation or plan office");
    }
    return e;
  }

  /** The istanza if of the caller's organisation, else contribution-not-found. */
  private ContributionEntity findOwn(UUID id) {
    ContributionEntity e = find(id);
    if (!isOwn(e)) {
      throw hidden(e, "not of the caller's organisation");
    }
    return e;
  }

  /** Whoever may see the istanza reads its annexes; else contribution-not-found. */
  AttachmentOwner attachmentReader(UUID id) {
    ContributionEntity e = findVisible(id);
    return new AttachmentOwner(e.id, e.districtId);
  }

  /**
   * Its organisation changes the annexes while the istanza is a draft: else contribution-not-found
   * or contribution-not-editable.
   */
  AttachmentOwner attachmentEditor(UUID id) {
    ContributionEntity e = findOwn(id);
    requireDraft(e);
    return new AttachmentOwner(e.id, e.districtId);
  }

  /** Annexes are part of the draft: they are added and removed only before submission. */
  private static void requireDraft(ContributionEntity e) {
    if (e.status != ContributionStatus.DRAFT) {
      throw DomainException.InvalidState.of(
          "contribution-not-editable",
          "Only a draft istanza can be changed; this one is " + e.status + ".");
    }
  }

  private boolean isVisible(ContributionEntity e) {
    return e.status == ContributionStatus.ANSWERED
        || isOwn(e)
        || (e.submittedAt != null && user.managesDistrict(e.districtId));
  }

  private ContributionEntity find(UUID id) {
    return contributions
        .findByIdOptional(id)
        .orElseThrow(() -> DomainException.NotFound.of(RESOURCE, id));
  }

  private boolean isOwn(ContributionEntity e) {
    return user.organizationId().map(e.organizationId::equals).orElse(false);
  }

  /** A hidden istanza stays unknown; a signed-in caller's attempt is audited by the mapper. */
  private static DomainException hidden(ContributionEntity e, String reason) {
    return DomainException.NotFound.hidden(RESOURCE, e.id, e.districtId, reason);
  }

  private UUID requireOrganization() {
    return user.organizationId().orElseThrow(ContributionService::noOrganization);
  }

  private static DomainException noOrganization() {
    return DomainException.Forbidden.of(
        "no-organization",
        "Your account acts for no organisation: ask your plan office to link it to one.");
  }

  /**
   * Istanze feed the drafting of the plan: a draft plan is not yet open to its partners, and once
   * approved its text is fixed, so they are written and submitted only during the consultation.
   */
  private static void requireConsultation(PlanRef plan) {
    PlanApi.requireAllows(PlanWrite.CONTRIBUTION, plan.status());
  }

  private static DomainException transitionNotAllowed(
      ContributionStatus from, ContributionStatus to) {
    return DomainException.InvalidState.of(
        "contribution-transition-not-allowed",
        "An istanza that is " + from + " cannot become " + to + ".");
  }

  private void checkReferences(
      PlanRef plan, UUID tableId, UUID sessionId, List<UUID> policyAreaIds) {
    if (tableId != null && !tableOf(plan, tableId)) {
      throw DomainException.InvalidInput.of(
          "/tableId", FieldCode.UNKNOWN_REFERENCE, "is not a table of the plan");
    }
    if (sessionId != null && !sessionOf(plan, sessionId)) {
      throw DomainException.InvalidInput.of(
          "/sessionId", FieldCode.UNKNOWN_REFERENCE, "is not an incontro of the plan");
    }
    List<UUID> areas = policyAreaIds == null ? List.of() : policyAreaIds;
    Set<UUID> seen = new LinkedHashSet<>();
    for (int i = 0; i < areas.size(); i++) {
      UUID area = areas.get(i);
      if (!plan.policyAreaIds().contains(area)) {
        throw DomainException.InvalidInput.of(
            "/policyAreaIds/" + i, FieldCode.UNKNOWN_REFERENCE, "is not a policy area of the plan");
      }
      if (!seen.add(area)) {
        throw DomainException.InvalidInput.of(
            "/policyAreaIds/" + i, FieldCode.NOT_ALLOWED, "is given twice");
      }
    }
  }

  private boolean tableOf(PlanRef plan, UUID tableId) {
    try {
      TableRef table = tables.readableTable(tableId);
      return table.planId().equals(plan.id());
    } catch (DomainException.NotFound unknown) {
      return false;
    }
  }

  private boolean sessionOf(PlanRef plan, UUID sessionId) {
    try {
      SessionRef session = sessions.readableSession(sessionId);
      return session.planId().equals(plan.id());
    } catch (DomainException.NotFound unknown) {
      return false;
    }
  }

  private static void apply(
      ContributionEntity e,
      String title,
      String text,
      UUID tableId,
      UUID sessionId,
      List<UUID> policyAreaIds) {
    e.title = title.strip();
    e.text = text.strip();
    e.tableId = tableId;
    e.sessionId = sessionId;
    e.policyAreaIds.clear();
    if (policyAreaIds != null) {
      e.policyAreaIds.addAll(policyAreaIds);
    }
    e.updatedAt = Timestamps.now();
  }

  private Contribution toDto(ContributionEntity e) {
    return toDto(e, organizations.refsOf(Set.of(e.organizationId)).get(e.organizationId));
  }

  private static Contribution toDto(ContributionEntity e, OrganizationRef org) {
    return new Contribution(
        e.id,
        e.planId,
        e.number,
        e.number == null ? null : reference(e.number),
        e.organizationId,
        org == null ? "" : org.name(),
        e.tableId,
        e.sessionId,
        e.policyAreaIds.stream().sorted().toList(),
        e.title,
        e.text,
        e.status,
        rome(e.submittedAt),
        rome(e.withdrawnAt),
        e.outcome,
        e.reasoning,
        rome(e.answeredAt),
        e.version);
  }

  /** "IST-007": the number as the plan document cites it. */
  static String reference(int number) {
    return String.format("IST-%03d", number);
  }

  static OffsetDateTime rome(Instant instant) {
    return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
  }

  /** Tells the change feed, in this transaction. */
  private void announce(String type, ContributionEntity e, ResourceChanged.Audience audience) {
    changes.fire(
        new ResourceChanged(
            type,
            RESOURCE,
            e.id,
            e.version,
            "/api/v1/contributions/" + e.id,
            e.districtId,
            e.planId,
            audience));
  }
}
