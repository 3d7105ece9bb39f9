import type { components } from '../../lib/api/schema';

export type Contribution = components['schemas']['Contribution'];
export type ContributionCreate = components['schemas']['ContributionCreate'];
export type ContributionUpdate = components['schemas']['ContributionUpdate'];
export type ContributionAnswer = components['schemas']['ContributionAnswer'];
export type ContributionStatus = components['schemas']['ContributionStatus'];
export type ContributionOutcome = components['schemas']['ContributionOutcome'];
export type ContributionAttachment = components['schemas']['ContributionAttachment'];

/** The filters of a plan's list of istanze; absent means "any". */
export type ContributionFilters = {
  status?: ContributionStatus;
  tableId?: string;
  policyAreaId?: string;
  organizationId?: string;
  offset?: number;
};
