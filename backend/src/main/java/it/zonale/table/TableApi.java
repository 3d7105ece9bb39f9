package it.zonale.table;

import it.zonale.shared.error.DomainException;
import it.zonale.shared.web.AllPages;
import it.zonale.shared.web.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * What the table feature publishes to other features (docs/conventions.md rule 51). Every method
 * applies the caller's checks unless its name says it does not.
 */
@ApplicationScoped
public class TableApi {
  private final TableService service;

  TableApi(TableService service) {
    this.service = service;
  }

  /**
   * @throws DomainException.NotFound table-not-found
   */
  public Table readableTableDetails(UUID id) {
    return service.getTable(id);
  }

  /** The table if the caller may read its plan, else table-not-found. */
  public TableRef readableTable(UUID id) {
    return service.readableTable(id);
  }

  /**
   * Makes the organisation a member of the table with these delegates. An organisation that already
   * is a member keeps its membership with the new delegates, and a full member is never lowered to
   * consultative by a later admission.
   *
   * @throws DomainException.NotFound table-not-found
   * @throws DomainException.Forbidden not-your-district
   */
  public void admitMember(TableMemberAdmission admission) {
    service.admitMember(admission);
  }

  /** Whether the organisation is a member (full or consultative) of a table of the plan. */
  public boolean isMemberOfPlan(UUID planId, UUID organizationId) {
    return service.isMemberOfPlan(planId, organizationId);
  }

  /**
   * The tables of a plan the caller may read (else plan-not-found), in the plan's order.
   *
   * @throws DomainException.NotFound plan-not-found
   */
  public List<Table> tablesOfPlan(UUID planId) {
    return AllPages.of(p -> service.listTables(planId, null, p).items());
  }

  /**
   * The organisations admitted to a table and their delegates; public exactly when the table is.
   *
   * @throws DomainException.NotFound table-not-found
   */
  public List<TableMember> membersOf(UUID tableId) {
    return AllPages.of(p -> service.listTableMembers(tableId, p).items());
  }

  /**
   * The organisations admitted to every table of a plan the caller may read, without delegates,
   * table by table (as {@link #tablesOfPlan} orders them) and by admission, handed over one at a
   * time: one query for the whole plan instead of {@link #membersOf} per table.
   *
   * @throws DomainException.NotFound plan-not-found
   */
  public void eachMemberOfPlan(UUID planId, java.util.function.Consumer<PlanTableMember> each) {
    service.eachMemberOfPlan(planId, each);
  }

  /**
   * How many organisations a table has admitted; public exactly when the table is.
   *
   * @throws DomainException.NotFound table-not-found
   */
  public long memberCountOf(UUID tableId) {
    return service.listTableMembers(tableId, new PageQuery(1, 0)).total();
  }
}
