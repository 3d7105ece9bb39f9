import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export async function getPlanSessions(planId: string, tableId?: string) {
  const { data } = await apiClient.GET('/api/v1/plans/{planId}/sessions', {
    params: { path: { planId }, query: { limit: 100, sort: 'startsAt', ...(tableId ? { tableId } : {}) } },
  });
  return data!;
}

export const getPlanSessionsQueryOptions = (planId: string, tableId?: string) =>
  queryOptions({ queryKey: ['plans', planId, 'sessions', { tableId: tableId ?? null }], queryFn: () => getPlanSessions(planId, tableId) });

export const usePlanSessions = (planId: string | undefined, tableId?: string) =>
  useQuery({ ...getPlanSessionsQueryOptions(planId ?? '', tableId), enabled: !!planId });
