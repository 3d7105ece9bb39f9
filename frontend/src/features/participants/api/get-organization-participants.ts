import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

/** The participants of a named organisation: the plan office of one of its ambiti may read them (e.g. to name an expression of interest's delegates). */
export async function getOrganizationParticipants(organizationId: string) {
  const { data } = await apiClient.GET('/api/v1/participants', { params: { query: { organizationId, limit: 100 } } });
  return data!;
}

export const getOrganizationParticipantsQueryOptions = (organizationId: string) =>
  queryOptions({ queryKey: ['participants', { organizationId }], queryFn: () => getOrganizationParticipants(organizationId) });

export const useOrganizationParticipants = (organizationId: string | undefined) =>
  useQuery({ ...getOrganizationParticipantsQueryOptions(organizationId ?? ''), enabled: !!organizationId });
