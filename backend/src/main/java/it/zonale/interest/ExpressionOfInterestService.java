package it.zonale.interest;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.call.CallApi;
import it.zonale.call.CallRef;
import it.zonale.organization.OrganizationApi;
import it.zonale.organization.OrganizationRef;
import it.zonale.participant.ParticipantApi;
import it.zonale.participant.ParticipantRef;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.event.ResourceChanged;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.persistence.Versions;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.web.PageQuery;
import it.zonale.table.TableApi;
import it.zonale.table.TableMemberAdmission;
import it.zonale.table.TableMemberStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An organisation drafts, submits or withdraws its expression of interest in a call and the plan
 * office decides on it, admitting it to tables; it lives in its own package, apart from the call,
 * because it has its own owner (the organisation), readers and life, and reaches the call only
 * through {@link CallApi}.
 */
@ApplicationScoped
class ExpressionOfInterestService {
  private final ExpressionOfInterestRepository expressions;
  private final CallApi calls;
  private final TableApi tables;
  private final ParticipantApi participants;
  private final OrganizationApi organizations;
  private final CurrentUser user;
  private final AuditApi audit;
  private final Event<ExpressionOfInterestNotice> notices;
  private final Event<ResourceChanged> changes;

  public ExpressionOfInterestService(
      ExpressionOfInterestRepository expressions,
      CallApi calls,
      TableApi tables,
      ParticipantApi participants,
      OrganizationApi organizations,
      CurrentUser user,
      AuditApi audit,
      Event<ExpressionOfInterestNotice> notices,
      Event<ResourceChanged> changes) {
    this.notices = notices;
    this.changes = changes;
    this.expressions = expressions;
    this.calls = calls;
    this.tables = tables;
    this.participants = participants;
    this.organizations = organizations;
    this.user = user;
    this.audit = audit;
  }

  /**
   * The plan office of the call's ambito sees every expression of interest; anyone else only their
   * own organisation's.
   *
   * @throws DomainException.NotFound call-not-found
   * @throws DomainException.Forbidden no-organization
   */
  public ExpressionOfInterestPage listExpressionsOfInterest(
      UUID callId, ExpressionOfInterestStatus status, Boolean late, PageQuery page) {
    CallRef call = calls.readableCall(callId);
    UUID scope = user.managesDistrict(call.districtId()) ? null : requireOrganization();
    var filter = new ExpressionOfInterestRepository.Filter(callId, scope, status, late);
    List<ExpressionOfInterestEntity> rows = expressions.page(filter, page.limit, page.offset);
    Map<UUID, OrganizationRef> orgs =
        organizations.refsOf(rows.stream().map(e -> e.organizationId).toList());
    return new ExpressionOfInterestPage(
        rows.stream().map(e -> toDto(e, orgs.get(e.organizationId))).toList(),
        page.limit,
        page.offset,
        expressions.count(filter));
  }

  /**
   * @throws DomainException.NotFound expression-of-interest-not-found (also another organisation's)
   */
  public ExpressionOfInterest getExpressionOfInterest(UUID id) {
    return toDto(findVisible(id));
  }

  /**
   * A delegate drafts the expression of interest of their own organisation; one per organisation
   * and call, whichever delegate writes it. Allowed after the deadline too: it will be late.
   *
   * @throws DomainException.Forbidden no-organization, organization-not-in-district
   * @throws DomainException.Conflict expression-of-interest-exists
   * @throws DomainException.InvalidInput tables not in the call, people not of the organisation
   */
  @Transactional
  public ExpressionOfInterest createExpressionOfInterest(
      UUID callId, ExpressionOfInterestCreate create) {
    CallRef call = calls.readableCall(callId);
    UUID organizationId = requireOrganization();
    OrganizationRef org = organizations.refsOf(Set.of(organizationId)).get(organizationId);
    if (org == null) {
      throw noOrganization();
    }
    if (!org.districtIds().contains(call.districtId())) {
      throw DomainException.Forbidden.of(
          "organization-not-in-district",
          "Your organisation does not work in this call's ambito: add the ambito to its profile"
              + " first.");
    }
    expressions
        .findOf(callId, organizationId)
        .ifPresent(
            existing -> {
              throw DomainException.Conflict.of(
                  "expression-of-interest-exists",
                  "Your organisation already has an expression of interest for this call: "
                      + existing.id
                      + ". Edit that one.");
            });
    checkChoices(call, organizationId, create.tableChoices());
    checkRunts(create.runtsRegistered(), create.runtsNumber());
    ExpressionOfInterestEntity e = new ExpressionOfInterestEntity();
    e.id = UUID.randomUUID();
    e.callId = call.id();
    e.organizationId = organizationId;
    e.districtId = call.districtId();
    e.status = ExpressionOfInterestStatus.DRAFT;
    e.createdAt = Timestamps.now();
    apply(e, create.tableChoices(), create.runtsRegistered(), create.runtsNumber(), create.note());
    expressions.persistAndFlush(e);
    ExpressionOfInterest created = toDto(e, org);
    audit.recordChange(
        AuditAction.CREATE, "expression-of-interest", e.id, e.districtId, null, created);
    return created;
  }

  /**
   * The organisation edits its draft or submitted expression of interest until the deadline.
   *
   * @throws DomainException.StaleVersion stale-version
   * @throws DomainException.InvalidState expression-of-interest-not-editable, call-closed
   */
  @Transactional
  public ExpressionOfInterest updateExpressionOfInterest(
      UUID id, ExpressionOfInterestUpdate update) {
    ExpressionOfInterestEntity e = findOwn(id);
    CallRef call = calls.readableCall(e.callId);
    Versions.require("expression-of-interest", update.version(), e.version);
    if (!e.status.isOpen()) {
      throw DomainException.InvalidState.of(
          "expression-of-interest-not-editable",
          "An expression of interest that is " + e.status + " can no longer be changed.");
    }
    requireCallOpen(call);
    checkChoices(call, e.organizationId, update.tableChoices());
    checkRunts(update.runtsRegistered(), update.runtsNumber());
    ExpressionOfInterest before = toDto(e);
    apply(e, update.tableChoices(), update.runtsRegistered(), update.runtsNumber(), update.note());
    expressions.flush();
    ExpressionOfInterest after = toDto(e);
    audit.recordChange(
        AuditAction.UPDATE, "expression-of-interest", e.id, e.districtId, before, after);
    return after;
  }

  /**
   * Sends the draft to the plan office. After the deadline it is kept and flagged late, never
   * refused.
   *
   * @throws DomainException.InvalidState expression-of-interest-transition-not-allowed
   */
  @Transactional
  public ExpressionOfInterest submitExpressionOfInterest(UUID id) {
    ExpressionOfInterestEntity e = findOwn(id);
    CallRef call = calls.readableCall(e.callId);
    requireStatus(e, ExpressionOfInterestStatus.DRAFT, ExpressionOfInterestStatus.SUBMITTED);
    ExpressionOfInterest before = toDto(e);
    Instant now = Timestamps.now();
    e.status = ExpressionOfInterestStatus.SUBMITTED;
    e.submittedAt = now;
    e.late = call.isClosedAt(now);
    e.updatedAt = now;
    expressions.flush();
    ExpressionOfInterest after = toDto(e);
    audit.recordChange(
        AuditAction.STATUS_CHANGE, "expression-of-interest", e.id, e.districtId, before, after);
    notices.fire(notice(e));
    announce("expression-of-interest.submitted", e, call);
    return after;
  }

  /**
   * The organisation withdraws its draft or submitted expression of interest before the deadline.
   *
   * @throws DomainException.InvalidState expression-of-interest-transition-not-allowed, call-closed
   */
  @Transactional
  public ExpressionOfInterest withdrawExpressionOfInterest(UUID id) {
    ExpressionOfInterestEntity e = findOwn(id);
    CallRef call = calls.readableCall(e.callId);
    if (!e.status.isOpen()) {
      throw transitionNotAllowed(e.status, ExpressionOfInterestStatus.WITHDRAWN);
    }
    requireCallOpen(call);
    ExpressionOfInterest before = toDto(e);
    Instant now = Timestamps.now();
    e.status = ExpressionOfInterestStatus.WITHDRAWN;
    e.withdrawnAt = now;
    e.updatedAt = now;
    expressions.flush();
    ExpressionOfInterest after = toDto(e);
    audit.recordChange(
        AuditAction.STATUS_CHANGE, "expression-of-interest", e.id, e.districtId, before, after);
    return after;
  }

  /**
   * The plan office admits (full or consultative) or rejects a submitted expression of interest;
   * admission makes the organisation a member of each chosen table with its delegates. A decision
   * is final.
   *
   * @throws DomainException.InvalidInput reason missing for a rejection
   * @throws DomainException.StaleVersion stale-version
   * @throws DomainException.InvalidState expression-of-interest-already-decided,
   *     expression-of-interest-not-submitted, late-expression-of-interest
   */
  @Transactional
  public ExpressionOfInterest decideExpressionOfInterest(
      UUID id, ExpressionOfInterestDecision decision) {
    ExpressionOfInterestEntity e = findVisible(id);
    CallRef decided = calls.manageableCall(e.callId);
    Versions.require("expression-of-interest", decision.version(), e.version);
    if (e.status.isDecided()) {
      throw DomainException.InvalidState.of(
          "expression-of-interest-already-decided",
          "The expression of interest was already decided: " + e.status + ". A decision is final.");
    }
    if (e.status != ExpressionOfInterestStatus.SUBMITTED) {
      throw DomainException.InvalidState.of(
          "expression-of-interest-not-submitted",
          "Only a submitted expression of interest can be decided; this one is " + e.status + ".");
    }
    String reason = decision.reason() == null ? null : decision.reason().strip();
    if (decision.outcome() == ExpressionOfInterestOutcome.REJECTED
        && (reason == null || reason.isEmpty())) {
      throw DomainException.InvalidInput.of(
          "/reason", FieldCode.REQUIRED, "is required to reject an expression of interest");
    }
    if (decision.outcome() == ExpressionOfInterestOutcome.ADMITTED && e.late) {
      throw DomainException.InvalidState.of(
          "late-expression-of-interest",
          "The expression of interest was submitted after the deadline: it can be admitted only"
              + " as ADMITTED_CONSULTATIVE.");
    }
    ExpressionOfInterest before = toDto(e);
    Instant now = Timestamps.now();
    e.status = ExpressionOfInterestStatus.valueOf(decision.outcome().name());
    e.decidedAt = now;
    e.decisionReason = reason == null || reason.isEmpty() ? null : reason;
    e.updatedAt = now;
    expressions.flush();
    if (e.status != ExpressionOfInterestStatus.REJECTED) {
      TableMemberStatus membership =
          e.status == ExpressionOfInterestStatus.ADMITTED
              ? TableMemberStatus.FULL
              : TableMemberStatus.CONSULTATIVE;
      for (TableChoiceEmbeddable choice : e.tableChoices) {
        tables.admitMember(
            new TableMemberAdmission(
                choice.tableId,
                e.organizationId,
                membership,
                choice.titularParticipantId,
                choice.substituteParticipantId,
                e.id));
      }
    }
    ExpressionOfInterest after = toDto(e);
    audit.recordChange(
        AuditAction.STATUS_CHANGE, "expression-of-interest", e.id, e.districtId, before, after);
    notices.fire(notice(e));
    announce("expression-of-interest.decided", e, decided);
    return after;
  }

  /**
   * The organisations that have submitted an expression of interest in the call (whatever happened
   * to it since).
   */
  Set<UUID> organizationsThatAnswered(UUID callId) {
    return expressions.organizationsThatSubmitted(callId);
  }

  private static ExpressionOfInterestNotice notice(ExpressionOfInterestEntity e) {
    return new ExpressionOfInterestNotice(
        e.id, e.callId, e.organizationId, e.districtId, e.status, e.late, e.decisionReason);
  }

  /** Its organisation's delegates, or the plan office of its ambito; anyone else gets 404. */
  private ExpressionOfInterestEntity findVisible(UUID id) {
    ExpressionOfInterestEntity e = find(id);
    if (!user.managesDistrict(e.districtId) && !isOwn(e)) {
      throw hidden(e, "not of the caller's organisation or ambito");
    }
    return e;
  }

  /** Only its organisation's delegates change it; anyone else gets 404. */
  private ExpressionOfInterestEntity findOwn(UUID id) {
    ExpressionOfInterestEntity e = find(id);
    if (!isOwn(e)) {
      throw hidden(e, "not of the caller's organisation");
    }
    return e;
  }

  private ExpressionOfInterestEntity find(UUID id) {
    return expressions
        .findByIdOptional(id)
        .orElseThrow(() -> DomainException.NotFound.of("expression-of-interest", id));
  }

  private boolean isOwn(ExpressionOfInterestEntity e) {
    return user.organizationId().map(e.organizationId::equals).orElse(false);
  }

  /** Another organisation's expression of interest stays unknown, but the attempt is on record. */
  private static DomainException hidden(ExpressionOfInterestEntity e, String reason) {
    return DomainException.NotFound.hidden("expression-of-interest", e.id, e.districtId, reason);
  }

  private UUID requireOrganization() {
    return user.organizationId().orElseThrow(ExpressionOfInterestService::noOrganization);
  }

  private static DomainException noOrganization() {
    return DomainException.Forbidden.of(
        "no-organization",
        "Your account acts for no organisation: ask your plan office to link it to one.");
  }

  private static void requireCallOpen(CallRef call) {
    if (call.isClosedAt(Timestamps.now())) {
      throw DomainException.InvalidState.of(
          "call-closed",
          "The call's deadline has passed: expressions of interest can no longer be changed or"
              + " withdrawn.");
    }
  }

  private static void requireStatus(
      ExpressionOfInterestEntity e,
      ExpressionOfInterestStatus required,
      ExpressionOfInterestStatus target) {
    if (e.status != required) {
      throw transitionNotAllowed(e.status, target);
    }
  }

  private static DomainException transitionNotAllowed(
      ExpressionOfInterestStatus from, ExpressionOfInterestStatus to) {
    return DomainException.InvalidState.of(
        "expression-of-interest-transition-not-allowed",
        "An expression of interest that is " + from + " cannot become " + to + ".");
  }

  /**
   * Tables among the call's, each once; delegates of the organisation, titular and substitute
   * apart.
   */
  private void checkChoices(CallRef call, UUID organizationId, List<TableChoice> choices) {
    Set<UUID> people = new HashSet<>();
    choices.forEach(
        c -> {
          people.add(c.titularParticipantId());
          if (c.substituteParticipantId() != null) {
            people.add(c.substituteParticipantId());
          }
        });
    Map<UUID, ParticipantRef> own = participants.peopleOf(organizationId, people);
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < choices.size(); i++) {
      TableChoice c = choices.get(i);
      String at = "/tableChoices/" + i;
      if (!call.tableIds().contains(c.tableId())) {
        throw DomainException.InvalidInput.of(
            at + "/tableId", FieldCode.NOT_ALLOWED, "is not one of the call's tables");
      }
      if (!seen.add(c.tableId())) {
        throw DomainException.InvalidInput.of(
            at + "/tableId", FieldCode.NOT_ALLOWED, "is chosen twice");
      }
      if (!own.containsKey(c.titularParticipantId())) {
        throw DomainException.InvalidInput.of(
            at + "/titularParticipantId",
            FieldCode.UNKNOWN_REFERENCE,
            "no participant of your organisation with this id");
      }
      if (c.substituteParticipantId() != null) {
        if (c.substituteParticipantId().equals(c.titularParticipantId())) {
          throw DomainException.InvalidInput.of(
              at + "/substituteParticipantId",
              FieldCode.NOT_ALLOWED,
              "must be another person than the titular");
        }
        if (!own.containsKey(c.substituteParticipantId())) {
          throw DomainException.InvalidInput.of(
              at + "/substituteParticipantId",
              FieldCode.UNKNOWN_REFERENCE,
              "no participant of your organisation with this id");
        }
      }
    }
  }

  private static void checkRunts(boolean registered, String runtsNumber) {
    if (!registered && runtsNumber != null && !runtsNumber.isBlank()) {
      throw DomainException.InvalidInput.of(
          "/runtsNumber", FieldCode.NOT_ALLOWED, "is given only with runtsRegistered true");
    }
  }

  private static void apply(
      ExpressionOfInterestEntity e,
      List<TableChoice> choices,
      boolean runtsRegistered,
      String runtsNumber,
      String note) {
    e.tableChoices.clear();
    choices.forEach(c -> e.tableChoices.add(new TableChoiceEmbeddable(c)));
    e.runtsRegistered = runtsRegistered;
    e.runtsNumber = runtsNumber == null || runtsNumber.isBlank() ? null : runtsNumber.strip();
    e.note = note;
    e.updatedAt = Timestamps.now();
  }

  private ExpressionOfInterest toDto(ExpressionOfInterestEntity e) {
    return toDto(e, organizations.refsOf(Set.of(e.organizationId)).get(e.organizationId));
  }

  private static ExpressionOfInterest toDto(ExpressionOfInterestEntity e, OrganizationRef org) {
    List<TableChoice> choices = new ArrayList<>();
    e.tableChoices.forEach(c -> choices.add(c.toDto()));
    return new ExpressionOfInterest(
        e.id,
        e.callId,
        e.organizationId,
        org == null ? "" : org.name(),
        e.status,
        e.late,
        choices,
        e.runtsRegistered,
        e.runtsNumber,
        e.note,
        rome(e.submittedAt),
        rome(e.decidedAt),
        e.decisionReason,
        rome(e.withdrawnAt),
        e.version);
  }

  private static OffsetDateTime rome(Instant instant) {
    return instant == null ? null : instant.atZone(CallApi.ZONE).toOffsetDateTime();
  }

  /**
   * Tells the change feed, in this transaction: an expression of interest is read by the plan
   * office of its ambito (and its own organisation, which the feed does not tell apart), so only
   * that office reads its events.
   */
  private void announce(String type, ExpressionOfInterestEntity e, CallRef call) {
    changes.fire(
        new ResourceChanged(
            type,
            "expression-of-interest",
            e.id,
            e.version,
            "/api/v1/expressions-of-interest/" + e.id,
            e.districtId,
            call.planId(),
            ResourceChanged.Audience.OFFICE));
  }
}
