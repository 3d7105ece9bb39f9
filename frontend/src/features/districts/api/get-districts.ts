import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export async function getDistricts() {
  const { data } = await apiClient.GET('/api/v1/districts', { params: { query: { limit: 100 } } });
  return data!;
}

export const getDistrictsQueryOptions = () => queryOptions({ queryKey: ['districts'], queryFn: getDistricts });

export const useDistricts = () => useQuery(getDistrictsQueryOptions());
