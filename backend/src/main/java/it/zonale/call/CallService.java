package it.zonale.call;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.plan.PlanApi;
import it.zonale.plan.PlanRef;
import it.zonale.plan.PlanWrite;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.event.ResourceChanged;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.persistence.Versions;
import it.zonale.shared.web.PageQuery;
import it.zonale.table.TableApi;
import it.zonale.table.TableRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The plan office opens a call for expressions of interest on a plan, naming the tables open to
 * membership and a deadline; everyone who may read the plan may read its calls.
 */
@ApplicationScoped
class CallService {
  /** Deadlines are shown in the time zone of the ambiti: Italy. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

  private final CallRepository calls;
  private final PlanApi plans;
  private final TableApi tables;
  private final CallUsage usage;
  private final AuditApi audit;
  private final Event<CallOpened> opened;
  private final Event<ResourceChanged> changes;

  public CallService(
      CallRepository calls,
      PlanApi plans,
      TableApi tables,
      CallUsage usage,
      AuditApi audit,
      Event<CallOpened> opened,
      Event<ResourceChanged> changes) {
    this.opened = opened;
    this.changes = changes;
    this.calls = calls;
    this.plans = plans;
    this.tables = tables;
    this.usage = usage;
    this.audit = audit;
  }

  /**
   * @throws DomainException.NotFound plan-not-found
   */
  public CallPage listCalls(UUID planId, java.time.Instant updatedSince, PageQuery page) {
    plans.readablePlan(planId);
    return new CallPage(
        calls.pageOf(planId, updatedSince, page.limit, page.offset).stream()
            .map(CallService::toDto)
            .toList(),
        page.limit,
        page.offset,
        calls.countOf(planId, updatedSince));
  }

  /**
   * @throws DomainException.NotFound call-not-found
   */
  public Call getCall(UUID id) {
    return toDto(readable(id));
  }

  /**
   * @throws DomainException.InvalidInput tables unknown, of another plan or listed twice
   * @throws DomainException.Forbidden not-your-district
   * @throws DomainException.InvalidState plan-closed
   */
  @Transactional
  public Call openCall(UUID planId, CallCreate create) {
    PlanRef plan = plans.manageablePlan(planId, PlanWrite.CALL);
    checkTables(plan, create.tableIds());
    CallEntity e = new CallEntity();
    e.id = UUID.randomUUID();
    e.planId = plan.id();
    e.districtId = plan.districtId();
    e.createdAt = Timestamps.now();
    apply(e, create.title(), create.text(), create.deadline(), create.tableIds());
    calls.persistAndFlush(e);
    Call created = toDto(e);
    audit.recordChange(AuditAction.CREATE, "call", e.id, e.districtId, null, created);
    opened.fire(new CallOpened(e.id));
    announce("call.opened", e, plan);
    return created;
  }

  /**
   * Moving the deadline does not change the late flag of submissions already made.
   *
   * @throws DomainException.StaleVersion stale-version
   * @throws DomainException.Conflict call-table-chosen
   */
  @Transactional
  public Call updateCall(UUID id, CallUpdate update) {
    CallEntity e = readable(id);
    PlanRef plan = plans.manageablePlan(e.planId, PlanWrite.CALL);
    Versions.require("call", update.version(), e.version);
    checkTables(plan, update.tableIds());
    Set<UUID> dropped = new LinkedHashSet<>(e.tableIds);
    update.tableIds().forEach(dropped::remove);
    dropped.retainAll(usage.tablesChosen(e.id));
    if (!dropped.isEmpty()) {
      throw DomainException.Conflict.of(
          "call-table-chosen",
          "Expressions of interest ask to join tables "
              + dropped
              + ": they must stay in the call.");
    }
    Call before = toDto(e);
    apply(e, update.title(), update.text(), update.deadline(), update.tableIds());
    calls.flush();
    Call after = toDto(e);
    audit.recordChange(AuditAction.UPDATE, "call", e.id, e.districtId, before, after);
    announce("call.updated", e, plan);
    return after;
  }

  /**
   * A call that no organisation has answered can be deleted, with its attachments.
   *
   * @throws DomainException.Conflict call-answered
   */
  @Transactional
  public void deleteCall(UUID id) {
    CallEntity e = readable(id);
    PlanRef plan = plans.manageablePlan(e.planId, PlanWrite.CALL);
    long answers = usage.answersTo(e.id);
    if (answers > 0) {
      throw DomainException.Conflict.of(
          "call-answered",
          "The call has "
              + answers
              + " expression(s) of interest: it stays on record. Move its deadline instead.");
    }
    audit.recordChange(AuditAction.DELETE, "call", e.id, e.districtId, toDto(e), null);
    announce("call.deleted", e, plan);
    calls.delete(e);
    calls.flush();
  }

  /** The call if the caller may read its plan, else call-not-found. */
  CallRef readableCall(UUID id) {
    return toRef(readable(id));
  }

  /**
   * The call if the caller manages its plan and the plan is not closed.
   *
   * @throws DomainException.Forbidden not-your-district
   * @throws DomainException.InvalidState plan-closed
   */
  CallRef manageableCall(UUID id) {
    CallEntity e = readable(id);
    plans.manageablePlan(e.planId, PlanWrite.CALL);
    return toRef(e);
  }

  /** The call, if it still exists. */
  java.util.Optional<CallOutline> outlineOf(UUID id) {
    return calls.findByIdOptional(id).map(CallService::toOutline);
  }

  /** The calls whose deadline falls in [from, to). */
  List<CallOutline> callsDueBetween(java.time.Instant from, java.time.Instant to) {
    return calls.dueBetween(from, to).stream().map(CallService::toOutline).toList();
  }

  private static CallOutline toOutline(CallEntity e) {
    return new CallOutline(e.id, e.planId, e.districtId, e.title, e.deadline);
  }

  private CallEntity readable(UUID id) {
    CallEntity e =
        calls.findByIdOptional(id).orElseThrow(() -> DomainException.NotFound.of("call", id));
    plans.readablePlanOf(e.planId, "call", id);
    return e;
  }

  private void checkTables(PlanRef plan, List<UUID> ids) {
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String pointer = "/tableIds/" + i;
      if (!seen.add(ids.get(i))) {
        throw DomainException.InvalidInput.of(pointer, FieldCode.NOT_ALLOWED, "is listed twice");
      }
      TableRef table;
      try {
        table = tables.readableTable(ids.get(i));
      } catch (DomainException.NotFound e) {
        throw DomainException.InvalidInput.of(
            pointer, FieldCode.UNKNOWN_REFERENCE, "no table with this id");
      }
      if (!table.planId().equals(plan.id())) {
        throw DomainException.InvalidInput.of(
            pointer, FieldCode.NOT_ALLOWED, "is a table of another plan");
      }
    }
  }

  private static void apply(
      CallEntity e, String title, String text, OffsetDateTime deadline, List<UUID> tableIds) {
    e.title = title.strip();
    e.text = text;
    e.deadline = deadline.toInstant();
    e.tableIds.retainAll(tableIds);
    e.tableIds.addAll(tableIds);
    e.updatedAt = Timestamps.now();
  }

  private static CallRef toRef(CallEntity e) {
    return new CallRef(e.id, e.planId, e.districtId, e.deadline, Set.copyOf(e.tableIds));
  }

  private static Call toDto(CallEntity e) {
    return new Call(
        e.id,
        e.planId,
        e.title,
        e.text,
        e.deadline.atZone(ZONE).toOffsetDateTime(),
        toRef(e).isClosedAt(Timestamps.now()) ? CallStatus.CLOSED : CallStatus.OPEN,
        List.copyOf(e.tableIds),
        e.version,
        e.updatedAt.atOffset(java.time.ZoneOffset.UTC));
  }

  /** Tells the change feed, in this transaction (the feed is read by the plan's read rule). */
  private void announce(String type, CallEntity e, PlanRef plan) {
    changes.fire(
        new ResourceChanged(
            type,
            "call",
            e.id,
            e.version,
            "/api/v1/calls/" + e.id,
            e.districtId,
            e.planId,
            ResourceChanged.Audience.ofPlan(plan.status().isPublic())));
  }
}
