import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export async function getOrganization(organizationId: string) {
  const { data } = await apiClient.GET('/api/v1/organizations/{organizationId}', { params: { path: { organizationId } } });
  return data!;
}

export const getOrganizationQueryOptions = (organizationId: string) =>
  queryOptions({ queryKey: ['organizations', organizationId], queryFn: () => getOrganization(organizationId) });

export const useOrganization = (organizationId: string) => useQuery(getOrganizationQueryOptions(organizationId));
