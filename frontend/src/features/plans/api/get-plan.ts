import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export async function getPlan(planId: string) {
  const { data } = await apiClient.GET('/api/v1/plans/{planId}', { params: { path: { planId } } });
  return data!;
}

export const getPlanQueryOptions = (planId: string) => queryOptions({ queryKey: ['plans', planId], queryFn: () => getPlan(planId) });

export const usePlan = (planId: string | undefined) => useQuery({ ...getPlanQueryOptions(planId ?? ''), enabled: !!planId });
