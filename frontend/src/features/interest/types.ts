import type { components } from '../../lib/api/schema';

export type ExpressionOfInterest = components['schemas']['ExpressionOfInterest'];
export type ExpressionOfInterestCreate = components['schemas']['ExpressionOfInterestCreate'];
export type ExpressionOfInterestUpdate = components['schemas']['ExpressionOfInterestUpdate'];
export type ExpressionOfInterestDecision = components['schemas']['ExpressionOfInterestDecision'];
export type ExpressionOfInterestOutcome = components['schemas']['ExpressionOfInterestOutcome'];
export type ExpressionOfInterestStatus = components['schemas']['ExpressionOfInterestStatus'];
export type TableChoice = components['schemas']['TableChoice'];
