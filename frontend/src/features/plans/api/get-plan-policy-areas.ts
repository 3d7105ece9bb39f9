import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export async function getPlanPolicyAreas(planId: string) {
  const { data } = await apiClient.GET('/api/v1/plans/{planId}/policy-areas', { params: { path: { planId } } });
  return data!;
}

export const getPlanPolicyAreasQueryOptions = (planId: string) =>
  queryOptions({ queryKey: ['plans', planId, 'policy-areas'], queryFn: () => getPlanPolicyAreas(planId) });

export const usePlanPolicyAreas = (planId: string | undefined) => useQuery({ ...getPlanPolicyAreasQueryOptions(planId ?? ''), enabled: !!planId });
