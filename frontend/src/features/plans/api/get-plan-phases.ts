import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export async function getPlanPhases(planId: string) {
  const { data } = await apiClient.GET('/api/v1/plans/{planId}/phases', { params: { path: { planId }, query: { limit: 100 } } });
  return data!;
}

export const getPlanPhasesQueryOptions = (planId: string) => queryOptions({ queryKey: ['plans', planId, 'phases'], queryFn: () => getPlanPhases(planId) });

export const usePlanPhases = (planId: string) => useQuery(getPlanPhasesQueryOptions(planId));
