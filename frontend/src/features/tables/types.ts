import type { components } from '../../lib/api/schema';

export type Table = components['schemas']['Table'];
export type TableMatrix = components['schemas']['TableMatrix'];
export type TargetGroup = components['schemas']['TargetGroup'];
export type TableCreate = components['schemas']['TableCreate'];
export type TableUpdate = components['schemas']['TableUpdate'];
export type TableLevel = components['schemas']['TableLevel'];
export type TableMember = components['schemas']['TableMember'];
