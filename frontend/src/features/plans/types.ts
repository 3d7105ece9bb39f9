import type { components } from '../../lib/api/schema';

export type Plan = components['schemas']['Plan'];
export type PlanStatus = components['schemas']['PlanStatus'];
export type PlanPhase = components['schemas']['PlanPhase'];
export type PolicyArea = components['schemas']['PolicyArea'];
