package it.zonale.plan;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Set;

/** Maps plans between entity and API records. */
final class PlanMapper {
  private PlanMapper() {}

  static Plan toDto(PlanEntity e) {
    return new Plan(
        e.id,
        e.districtId,
        e.title,
        e.description,
        e.startYear,
        e.endYear,
        e.status,
        new ArrayList<>(e.policyAreaIds),
        e.version,
        e.createdAt.atOffset(ZoneOffset.UTC),
        e.updatedAt.atOffset(ZoneOffset.UTC));
  }

  static PlanRef toRef(PlanEntity e) {
    return new PlanRef(e.id, e.districtId, e.status, Set.copyOf(e.policyAreaIds));
  }
}
