import type { components } from '../../lib/api/schema';

export type Participant = components['schemas']['Participant'];
export type Registration = components['schemas']['Registration'];
export type ParticipantCreate = components['schemas']['ParticipantCreate'];
export type ParticipantUpdate = components['schemas']['ParticipantUpdate'];
