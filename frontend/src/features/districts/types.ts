import type { components } from '../../lib/api/schema';

export type District = components['schemas']['District'];
