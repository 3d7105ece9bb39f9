import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export async function getPlans(districtId: string) {
  const { data } = await apiClient.GET('/api/v1/plans', { params: { query: { districtId, limit: 100 } } });
  return data!;
}

export const getPlansQueryOptions = (districtId: string) => queryOptions({ queryKey: ['plans', { districtId }], queryFn: () => getPlans(districtId) });

export const usePlans = (districtId: string) => useQuery(getPlansQueryOptions(districtId));
