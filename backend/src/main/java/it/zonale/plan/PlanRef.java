package it.zonale.plan;

import java.util.Set;
import java.util.UUID;

/** What other features need to know of a plan they hang from. */
public record PlanRef(UUID id, UUID districtId, PlanStatus status, Set<UUID> policyAreaIds) {}
