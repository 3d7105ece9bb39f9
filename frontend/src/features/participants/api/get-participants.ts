import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

/** The participants of the caller's own organisation. */
export async function getParticipants() {
  const { data } = await apiClient.GET('/api/v1/participants', { params: { query: { limit: 100 } } });
  return data!;
}

export const getParticipantsQueryOptions = (userId: string) => queryOptions({ queryKey: ['participants', { userId }], queryFn: getParticipants });

export const useParticipants = (userId: string | undefined) => useQuery({ ...getParticipantsQueryOptions(userId ?? ''), enabled: !!userId });
