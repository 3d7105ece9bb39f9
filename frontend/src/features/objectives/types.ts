import type { components } from '../../lib/api/schema';

export type Objective = components['schemas']['Objective'];
export type ObjectiveCreate = components['schemas']['ObjectiveCreate'];
export type ObjectiveUpdate = components['schemas']['ObjectiveUpdate'];
export type ObjectiveStatus = components['schemas']['ObjectiveStatus'];
export type ObjectiveFindingRef = components['schemas']['ObjectiveFindingRef'];
export type Indicator = components['schemas']['Indicator'];
export type IndicatorCreate = components['schemas']['IndicatorCreate'];
export type IndicatorFrequency = components['schemas']['IndicatorFrequency'];
export type IndicatorProgress = components['schemas']['IndicatorProgress'];
export type MeasurementPut = components['schemas']['MeasurementPut'];

/** The filters of a plan's objectives; absent means "any". */
export type ObjectiveFilters = { policyAreaId?: string; tableId?: string; status?: ObjectiveStatus };
