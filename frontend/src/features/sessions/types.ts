import type { components } from '../../lib/api/schema';

export type Session = components['schemas']['Session'];
