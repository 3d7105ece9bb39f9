import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { OrganizationUpdate } from '../types';
import { getOrganizationQueryOptions } from './get-organization';

export async function updateOrganization({ organizationId, body }: { organizationId: string; body: OrganizationUpdate }) {
  const { data } = await apiClient.PUT('/api/v1/organizations/{organizationId}', { params: { path: { organizationId } }, body });
  return data!;
}

export const useUpdateOrganization = (organizationId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganizationUpdate) => updateOrganization({ organizationId, body }),
    onSuccess: (organization) => queryClient.setQueryData(getOrganizationQueryOptions(organizationId).queryKey, organization),
  });
};
