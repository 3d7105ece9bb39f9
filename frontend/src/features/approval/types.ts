import type { components } from '../../lib/api/schema';

export type Approval = components['schemas']['Approval'];
export type ApprovalCreate = components['schemas']['ApprovalCreate'];
export type ApprovalTotals = components['schemas']['ApprovalTotals'];
export type VoteChoice = components['schemas']['VoteChoice'];
export type Municipality = components['schemas']['Municipality'];
