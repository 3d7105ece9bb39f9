import type { components } from '../../lib/api/schema';

export type Call = components['schemas']['Call'];
export type CallCreate = components['schemas']['CallCreate'];
export type CallUpdate = components['schemas']['CallUpdate'];
export type CallAttachment = components['schemas']['CallAttachment'];
