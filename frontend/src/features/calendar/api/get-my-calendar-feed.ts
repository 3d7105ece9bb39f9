import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

/** Whether the user has a private calendar address (never the address itself). */
export async function getMyCalendarFeed() {
  const { data } = await apiClient.GET('/api/v1/me/calendar-feed');
  return data!;
}

export const getMyCalendarFeedQueryOptions = (userId: string) => queryOptions({ queryKey: ['me', userId, 'calendar-feed'], queryFn: getMyCalendarFeed });

export const useMyCalendarFeed = (userId: string) => useQuery(getMyCalendarFeedQueryOptions(userId));
