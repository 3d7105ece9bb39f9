import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

/** The calls of a plan, latest deadline first. */
export async function getPlanCalls(planId: string) {
  const { data } = await apiClient.GET('/api/v1/plans/{planId}/calls', { params: { path: { planId }, query: { limit: 100 } } });
  return data!;
}

export const getPlanCallsQueryOptions = (planId: string) => queryOptions({ queryKey: ['plans', planId, 'calls'], queryFn: () => getPlanCalls(planId) });

export const usePlanCalls = (planId: string | undefined) => useQuery({ ...getPlanCallsQueryOptions(planId ?? ''), enabled: !!planId });
