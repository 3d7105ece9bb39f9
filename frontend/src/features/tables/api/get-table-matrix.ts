import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export async function getTableMatrix(planId: string) {
  const { data } = await apiClient.GET('/api/v1/plans/{planId}/tables/matrix', { params: { path: { planId } } });
  return data!;
}

export const getTableMatrixQueryOptions = (planId: string) =>
  queryOptions({ queryKey: ['plans', planId, 'tables', 'matrix'], queryFn: () => getTableMatrix(planId) });

export const useTableMatrix = (planId: string) => useQuery(getTableMatrixQueryOptions(planId));
