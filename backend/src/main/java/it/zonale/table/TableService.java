package it.zonale.table;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditService;
import it.zonale.district.DistrictService;
import it.zonale.plan.PlanRef;
import it.zonale.plan.PlanService;
import it.zonale.policyarea.PolicyArea;
import it.zonale.policyarea.PolicyAreaService;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.persistence.Versions;
import it.zonale.shared.web.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The plan office sets up the plan's tavoli and the policy areas each works on. */
@ApplicationScoped
public class TableService {
  /** A plan has 3-10 tables; the matrix is read in one call, so it is bounded. */
  static final int MATRIX_MAX_ROWS = 500;

  private final TableRepository tables;
  private final PlanService plans;
  private final PolicyAreaService policyAreas;
  private final DistrictService districts;
  private final AuditService audit;

  public TableService(
      TableRepository tables,
      PlanService plans,
      PolicyAreaService policyAreas,
      DistrictService districts,
      AuditService audit) {
    this.audit = audit;
    this.tables = tables;
    this.plans = plans;
    this.policyAreas = policyAreas;
    this.districts = districts;
  }

  /**
   * @throws DomainException.NotFound plan-not-found
   */
  public TablePage listTables(UUID planId, PageQuery page) {
    plans.readablePlan(planId);
    return new TablePage(
        tables.pageOf(planId, page.limit, page.offset).stream().map(TableService::toDto).toList(),
        page.limit,
        page.offset,
        tables.countOf(planId));
  }

  /**
   * @throws DomainException.NotFound table-not-found
   */
  public Table getTable(UUID id) {
    return toDto(readable(id));
  }

  /** The table x policy-area matrix of a plan, in one call. */
  public TableMatrix getMatrix(UUID planId) {
    PlanRef plan = plans.readablePlan(planId);
    List<PolicyArea> columns = policyAreas.byIds(plan.policyAreaIds());
    List<TableMatrix.Row> rows =
        tables.allOf(planId, MATRIX_MAX_ROWS).stream()
            .map(
                t ->
                    new TableMatrix.Row(
                        t.id,
                        t.name,
                        t.targetGroup,
                        t.level,
                        t.subdistrictId,
                        columns.stream().map(c -> t.policyAreaIds.contains(c.id())).toList()))
            .toList();
    return new TableMatrix(planId, columns, rows);
  }

  /**
   * @throws DomainException.InvalidInput sub-district or policy areas that do not fit the plan
   * @throws DomainException.Conflict table-name-taken
   */
  @Transactional
  public Table createTable(UUID planId, TableCreate create) {
    PlanRef plan = plans.manageablePlan(planId);
    check(
        plan, create.name(), create.level(), create.subdistrictId(), create.policyAreaIds(), null);
    TableEntity e = new TableEntity();
    e.id = UUID.randomUUID();
    e.planId = plan.id();
    e.districtId = plan.districtId();
    e.createdAt = Timestamps.now();
    apply(
        e,
        create.name(),
        create.description(),
        create.targetGroup(),
        create.level(),
        create.subdistrictId(),
        create.policyAreaIds());
    tables.persistAndFlush(e);
    Table created = toDto(e);
    audit.recordChange(AuditAction.CREATE, "table", e.id, e.districtId, null, created);
    return created;
  }

  /**
   * @throws DomainException.StaleVersion stale-version
   */
  @Transactional
  public Table updateTable(UUID id, TableUpdate update) {
    TableEntity e = readable(id);
    PlanRef plan = plans.manageablePlan(e.planId);
    Versions.require("table", update.version(), e.version);
    check(
        plan, update.name(), update.level(), update.subdistrictId(), update.policyAreaIds(), e.id);
    Table before = toDto(e);
    apply(
        e,
        update.name(),
        update.description(),
        update.targetGroup(),
        update.level(),
        update.subdistrictId(),
        update.policyAreaIds());
    tables.flush();
    Table after = toDto(e);
    audit.recordChange(AuditAction.UPDATE, "table", e.id, e.districtId, before, after);
    return after;
  }

  /** A table with sessions cannot be deleted (409 still-referenced): cancel or move them first. */
  @Transactional
  public void deleteTable(UUID id) {
    TableEntity e = readable(id);
    plans.manageablePlan(e.planId);
    audit.recordChange(AuditAction.DELETE, "table", e.id, e.districtId, toDto(e), null);
    tables.delete(e);
    tables.flush();
  }

  /** For sessions: the table if the caller may read its plan, else table-not-found. */
  public TableRef readableTable(UUID id) {
    TableEntity e = readable(id);
    return new TableRef(e.id, e.planId, e.districtId);
  }

  private TableEntity readable(UUID id) {
    TableEntity e =
        tables.findByIdOptional(id).orElseThrow(() -> DomainException.NotFound.of("table", id));
    plans.readablePlanOf(e.planId, "table", id);
    return e;
  }

  private void check(
      PlanRef plan,
      String name,
      TableLevel level,
      UUID subdistrictId,
      List<UUID> areas,
      UUID self) {
    if (level == TableLevel.SUBDISTRICT) {
      if (subdistrictId == null) {
        throw DomainException.InvalidInput.of(
            "/subdistrictId", FieldCode.REQUIRED, "is required for a sub-district table");
      }
      if (!districts
          .districtOfSubdistrict(subdistrictId)
          .map(plan.districtId()::equals)
          .orElse(false)) {
        throw DomainException.InvalidInput.of(
            "/subdistrictId", FieldCode.NOT_ALLOWED, "is not a sub-ambito of the plan's ambito");
      }
    } else if (subdistrictId != null) {
      throw DomainException.InvalidInput.of(
          "/subdistrictId", FieldCode.NOT_ALLOWED, "must be absent for an ambito-level table");
    }
    for (int i = 0; i < areas.size(); i++) {
      if (!plan.policyAreaIds().contains(areas.get(i))) {
        throw DomainException.InvalidInput.of(
            "/policyAreaIds/" + i, FieldCode.NOT_ALLOWED, "is not one of the plan's policy areas");
      }
    }
    if (tables.nameTaken(plan.id(), name.strip(), self)) {
      throw DomainException.Conflict.of(
          "table-name-taken", "The plan already has a table named '" + name.strip() + "'.");
    }
  }

  private static void apply(
      TableEntity e,
      String name,
      String description,
      TargetGroup target,
      TableLevel level,
      UUID subdistrictId,
      List<UUID> areas) {
    e.name = name.strip();
    e.description = description;
    e.targetGroup = target;
    e.level = level;
    e.subdistrictId = subdistrictId;
    e.policyAreaIds.clear();
    e.policyAreaIds.addAll(areas);
    e.updatedAt = Timestamps.now();
  }

  private static Table toDto(TableEntity e) {
    return new Table(
        e.id,
        e.planId,
        e.name,
        e.description,
        e.targetGroup,
        e.level,
        e.subdistrictId,
        List.copyOf(e.policyAreaIds),
        e.version);
  }
}
