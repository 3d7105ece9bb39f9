import type { components } from '../../lib/api/schema';

export type Organization = components['schemas']['Organization'];
export type OrganizationUpdate = components['schemas']['OrganizationUpdate'];
export type OrganizationKind = components['schemas']['OrganizationKind'];
export type RuntsSection = components['schemas']['RuntsSection'];
