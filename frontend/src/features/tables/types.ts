import type { components } from '../../lib/api/schema';

export type Table = components['schemas']['Table'];
export type TableMatrix = components['schemas']['TableMatrix'];
export type TargetGroup = components['schemas']['TargetGroup'];
