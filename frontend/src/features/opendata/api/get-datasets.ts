import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

/** The open datasets of the region and, with a plan, of its ambito and the plan. */
export async function getDatasets(planId?: string) {
  const { data } = await apiClient.GET('/api/v1/datasets', { params: { query: planId ? { planId } : {} } });
  return data!;
}

export const getDatasetsQueryOptions = (planId?: string) => queryOptions({ queryKey: ['datasets', planId ?? 'region'], queryFn: () => getDatasets(planId) });

export const useDatasets = (planId?: string) => useQuery(getDatasetsQueryOptions(planId));
