import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

/** A plan's scheduled sessions starting from `from` (RFC 3339). */
export async function getUpcomingSessions(planId: string, from: string) {
  const { data } = await apiClient.GET('/api/v1/plans/{planId}/sessions', {
    params: { path: { planId }, query: { from, status: 'SCHEDULED', limit: 100, sort: 'startsAt' } },
  });
  return data!;
}

export const getUpcomingSessionsQueryOptions = (planId: string, from: string) =>
  queryOptions({ queryKey: ['plans', planId, 'sessions', { from, status: 'SCHEDULED' }], queryFn: () => getUpcomingSessions(planId, from) });

export const useUpcomingSessions = (planId: string, from: string) => useQuery(getUpcomingSessionsQueryOptions(planId, from));
