package it.zonale.table;

import it.zonale.plan.PlanPolicyAreaUsage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/** Tells the plan which of its policy areas its tables work on, so it keeps them selected. */
@ApplicationScoped
class TablePolicyAreaUsage implements PlanPolicyAreaUsage {
  private final TableRepository tables;

  public TablePolicyAreaUsage(TableRepository tables) {
    this.tables = tables;
  }

  @Override
  public Set<UUID> policyAreasInUse(UUID planId) {
    return tables.policyAreasInUse(planId);
  }
}
