import type { components } from '../../lib/api/schema';

export type Session = components['schemas']['Session'];
export type SessionCreate = components['schemas']['SessionCreate'];
export type SessionUpdate = components['schemas']['SessionUpdate'];
export type SessionStatusChange = components['schemas']['SessionStatusChange'];
export type SessionMode = components['schemas']['SessionMode'];
export type SessionKind = components['schemas']['SessionKind'];
