import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { AdhesionStatus } from '../types';

/** Requests of adhesion: all of them for the plan office, the organisation's own for anyone else. */
export async function getAdhesions(planId: string, status?: AdhesionStatus) {
  const { data } = await apiClient.GET('/api/v1/plans/{planId}/agreement/adhesions', {
    params: { path: { planId }, query: { status, limit: 100 } },
  });
  return data!;
}

export const getAdhesionsQueryOptions = (planId: string, userId: string, status?: AdhesionStatus) =>
  queryOptions({ queryKey: ['plans', planId, 'agreement', 'adhesions', { userId, status: status ?? null }], queryFn: () => getAdhesions(planId, status) });

export const useAdhesions = (planId: string, userId: string, status?: AdhesionStatus) => useQuery(getAdhesionsQueryOptions(planId, userId, status));
