import type { components } from '../../lib/api/schema';

export type CalendarFeed = components['schemas']['CalendarFeed'];
export type CalendarFeedLink = components['schemas']['CalendarFeedLink'];
