import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

/** The regional catalogue of policy areas a plan chooses from. */
export async function getPolicyAreas() {
  const { data } = await apiClient.GET('/api/v1/policy-areas', { params: { query: { limit: 100 } } });
  return data!;
}

export const getPolicyAreasQueryOptions = () => queryOptions({ queryKey: ['policy-areas'], queryFn: getPolicyAreas, staleTime: 3_600_000 });

export const usePolicyAreas = () => useQuery(getPolicyAreasQueryOptions());
