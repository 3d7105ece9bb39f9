package it.zonale.plan;

import java.util.Set;
import java.util.UUID;

/**
 * Which of a plan's policy areas are in use below it (by its tables); implemented by the features
 * that use them, so that the plan does not depend on them.
 */
public interface PlanPolicyAreaUsage {
  Set<UUID> policyAreasInUse(UUID planId);
}
