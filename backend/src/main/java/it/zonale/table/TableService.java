package it.zonale.table;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.district.DistrictApi;
import it.zonale.organization.OrganizationApi;
import it.zonale.organization.OrganizationRef;
import it.zonale.plan.PlanApi;
import it.zonale.plan.PlanRef;
import it.zonale.plan.PlanWrite;
import it.zonale.policyarea.PolicyArea;
import it.zonale.policyarea.PolicyAreaApi;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.persistence.Versions;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.web.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The plan office sets up the plan's tavoli and the policy areas each works on; admissions make
 * organisations members of them.
 */
@ApplicationScoped
class TableService {
  /** A plan has 3-10 tables; the matrix is read in one call, so it is bounded. */
  static final int MATRIX_MAX_ROWS = 500;

  /** An export holds at most this many members (a plan has 3-10 tables of some dozens). */
  static final int EXPORT_MAX_ROWS = 10_000;

  /** Admission dates are shown in the time zone of the ambiti: Italy. */
  static final ZoneId ZONE = ZoneId.of("Europe/Rome");

  private final TableRepository tables;
  private final TableMembershipRepository members;
  private final PlanApi plans;
  private final PolicyAreaApi policyAreas;
  private final DistrictApi districts;
  private final OrganizationApi organizations;
  private final DelegateNames delegateNames;
  private final AuditApi audit;
  private final CurrentUser user;

  public TableService(
      TableRepository tables,
      TableMembershipRepository members,
      PlanApi plans,
      PolicyAreaApi policyAreas,
      DistrictApi districts,
      OrganizationApi organizations,
      DelegateNames delegateNames,
      AuditApi audit,
      CurrentUser user) {
    this.audit = audit;
    this.user = user;
    this.tables = tables;
    this.members = members;
    this.plans = plans;
    this.policyAreas = policyAreas;
    this.districts = districts;
    this.organizations = organizations;
    this.delegateNames = delegateNames;
  }

  /**
   * @throws DomainException.NotFound plan-not-found
   */
  public TablePage listTables(UUID planId, java.time.Instant updatedSince, PageQuery page) {
    plans.readablePlan(planId);
    return new TablePage(
        tables.pageOf(planId, updatedSince, page.limit, page.offset).stream()
            .map(TableService::toDto)
            .toList(),
        page.limit,
        page.offset,
        tables.countOf(planId, updatedSince));
  }

  /**
   * @throws DomainException.NotFound table-not-found
   */
  Table getTable(UUID id) {
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
    PlanRef plan = plans.manageablePlan(planId, PlanWrite.TABLE_DEFINITION);
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
    PlanRef plan = plans.manageablePlan(e.planId, PlanWrite.TABLE_DEFINITION);
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
    plans.manageablePlan(e.planId, PlanWrite.TABLE_DEFINITION);
    audit.recordChange(AuditAction.DELETE, "table", e.id, e.districtId, toDto(e), null);
    tables.delete(e);
    tables.flush();
  }

  /**
   * The organisations admitted to a table and their delegates; public exactly when the table is.
   *
   * @throws DomainException.NotFound table-not-found
   */
  public TableMemberPage listTableMembers(UUID tableId, PageQuery page) {
    readable(tableId);
    List<TableMembershipEntity> rows = members.pageOf(tableId, page.limit, page.offset);
    Map<UUID, OrganizationRef> orgs =
        organizations.refsOf(rows.stream().map(m -> m.organizationId).toList());
    Set<UUID> people = new HashSet<>();
    rows.forEach(
        m -> {
          people.add(m.titularParticipantId);
          if (m.substituteParticipantId != null) {
            people.add(m.substituteParticipantId);
          }
        });
    Map<UUID, String> names = delegateNames.fullNamesOf(people);
    return new TableMemberPage(
        rows.stream().map(m -> toDto(m, orgs.get(m.organizationId), names)).toList(),
        page.limit,
        page.offset,
        members.countOf(tableId));
  }

  /**
   * The organisations admitted to the tables of a plan the caller may read, without delegates,
   * table by table (the tables' list order) and by admission: one query over the plan's
   * memberships, the organisations resolved {@value #ORGANIZATION_BATCH} at a time, so that a plan
   * of thousands of members costs a few statements and holds one batch in memory.
   *
   * @throws DomainException.NotFound plan-not-found
   */
  @Transactional
  public void eachMemberOfPlan(UUID planId, java.util.function.Consumer<PlanTableMember> each) {
    plans.readablePlan(planId);
    List<Object[]> batch = new java.util.ArrayList<>(ORGANIZATION_BATCH);
    try (java.util.stream.Stream<Object[]> rows = members.streamOfPlan(planId)) {
      rows.forEach(
          r -> {
            batch.add(r);
            if (batch.size() == ORGANIZATION_BATCH) {
              emit(batch, each);
            }
          });
    }
    emit(batch, each);
  }

  static final int ORGANIZATION_BATCH = 500;

  private void emit(List<Object[]> batch, java.util.function.Consumer<PlanTableMember> each) {
    Map<UUID, OrganizationRef> orgs =
        organizations.refsOf(batch.stream().map(r -> (UUID) r[1]).distinct().toList());
    for (Object[] r : batch) {
      OrganizationRef org = orgs.get((UUID) r[1]);
      each.accept(
          new PlanTableMember(
              (UUID) r[0],
              (UUID) r[1],
              org == null ? "" : org.name(),
              org == null ? null : org.kind(),
              (TableMemberStatus) r[2],
              ((java.time.Instant) r[3]).atZone(ZONE).toOffsetDateTime()));
    }
    batch.clear();
  }

  /**
   * The members of a table for an export, for the plan office of its ambito (closed plans too).
   *
   * @throws DomainException.NotFound table-not-found
   * @throws DomainException.Forbidden not-your-district
   */
  public List<TableMemberExport.Row> exportMembers(UUID tableId) {
    TableEntity table = readable(tableId);
    requireOffice(table.districtId);
    return exportRows(List.of(table));
  }

  /**
   * The members of every table of a plan for an export, table by table.
   *
   * @throws DomainException.NotFound plan-not-found
   * @throws DomainException.Forbidden not-your-district
   */
  public List<TableMemberExport.Row> exportPlanMembers(UUID planId) {
    PlanRef plan = plans.readablePlan(planId);
    requireOffice(plan.districtId());
    return exportRows(tables.allOf(planId, MATRIX_MAX_ROWS));
  }

  private void requireOffice(UUID districtId) {
    if (!user.managesDistrict(districtId)) {
      throw DomainException.Forbidden.of(
          "not-your-district", "Only the plan office of this ambito can export its members.");
    }
  }

  private List<TableMemberExport.Row> exportRows(List<TableEntity> of) {
    Map<UUID, TableEntity> byId = new LinkedHashMap<>();
    of.forEach(t -> byId.put(t.id, t));
    List<TableMembershipEntity> rows = members.allOf(List.copyOf(byId.keySet()), EXPORT_MAX_ROWS);
    Map<UUID, OrganizationRef> orgs =
        organizations.refsOf(rows.stream().map(m -> m.organizationId).distinct().toList());
    Set<UUID> people = new HashSet<>();
    rows.forEach(
        m -> {
          people.add(m.titularParticipantId);
          if (m.substituteParticipantId != null) {
            people.add(m.substituteParticipantId);
          }
        });
    Map<UUID, String> names = delegateNames.fullNamesOf(people);
    List<UUID> order = List.copyOf(byId.keySet());
    return rows.stream()
        .map(
            m ->
                new TableMemberExport.Row(
                    m.tableId,
                    byId.get(m.tableId).name,
                    toDto(m, orgs.get(m.organizationId), names)))
        .sorted(
            java.util.Comparator.comparing((TableMemberExport.Row r) -> order.indexOf(r.tableId()))
                .thenComparing(r -> r.member().organizationName()))
        .toList();
  }

  /**
   * Makes the organisation a member of the table with these delegates. An organisation that already
   * is a member keeps its membership with the new delegates, and a full member is never lowered to
   * consultative by a later admission.
   *
   * @throws DomainException.NotFound table-not-found
   * @throws DomainException.Forbidden not-your-district
   */
  @Transactional
  void admitMember(TableMemberAdmission admission) {
    TableEntity table = readable(admission.tableId());
    plans.manageablePlan(table.planId, PlanWrite.TABLE_MEMBERSHIP);
    TableMembershipEntity m = members.find(table.id, admission.organizationId()).orElse(null);
    Map<String, Object> before = m == null ? null : auditView(m);
    if (m == null) {
      m = new TableMembershipEntity();
      m.id = UUID.randomUUID();
      m.tableId = table.id;
      m.districtId = table.districtId;
      m.organizationId = admission.organizationId();
      m.admittedAt = Timestamps.now();
      m.status = admission.status();
    } else if (m.status != TableMemberStatus.FULL) {
      m.status = admission.status();
    }
    m.titularParticipantId = admission.titularParticipantId();
    m.substituteParticipantId = admission.substituteParticipantId();
    m.expressionOfInterestId = admission.expressionOfInterestId();
    m.updatedAt = Timestamps.now();
    if (before == null) {
      members.persist(m);
    }
    members.flush();
    audit.recordChange(
        before == null ? AuditAction.CREATE : AuditAction.UPDATE,
        "table-membership",
        m.id,
        m.districtId,
        before,
        auditView(m));
  }

  /** Whether the organisation is a member (full or consultative) of a table of the plan. */
  boolean isMemberOfPlan(UUID planId, UUID organizationId) {
    return members.isMemberOfPlan(planId, organizationId);
  }

  /** The table if the caller may read its plan, else table-not-found. */
  TableRef readableTable(UUID id) {
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

  /** Ids, not names: the audit log keeps what was decided, not how people were called then. */
  private static Map<String, Object> auditView(TableMembershipEntity m) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("tableId", m.tableId);
    view.put("organizationId", m.organizationId);
    view.put("status", m.status);
    view.put("titularParticipantId", m.titularParticipantId);
    view.put("substituteParticipantId", m.substituteParticipantId);
    view.put("expressionOfInterestId", m.expressionOfInterestId);
    return view;
  }

  private static TableMember toDto(
      TableMembershipEntity m, OrganizationRef org, Map<UUID, String> names) {
    return new TableMember(
        m.organizationId,
        org == null ? "" : org.name(),
        org == null ? null : org.kind(),
        m.status,
        names.getOrDefault(m.titularParticipantId, ""),
        m.substituteParticipantId == null ? null : names.get(m.substituteParticipantId),
        m.admittedAt.atZone(ZONE).toOffsetDateTime());
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
        e.version,
        e.updatedAt.atOffset(java.time.ZoneOffset.UTC));
  }
}
