import type { components } from '../../lib/api/schema';

export type Plan = components['schemas']['Plan'];
export type PlanStatus = components['schemas']['PlanStatus'];
export type PlanPhase = components['schemas']['PlanPhase'];
export type PolicyArea = components['schemas']['PolicyArea'];
export type PlanCreate = components['schemas']['PlanCreate'];
export type PlanUpdate = components['schemas']['PlanUpdate'];
export type PlanStatusChange = components['schemas']['PlanStatusChange'];
export type PlanPhaseCreate = components['schemas']['PlanPhaseCreate'];
export type PlanPhaseUpdate = components['schemas']['PlanPhaseUpdate'];
export type PhaseKind = components['schemas']['PhaseKind'];
