import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export async function getSession(sessionId: string) {
  const { data } = await apiClient.GET('/api/v1/sessions/{sessionId}', { params: { path: { sessionId } } });
  return data!;
}

export const getSessionQueryOptions = (sessionId: string) => queryOptions({ queryKey: ['sessions', sessionId], queryFn: () => getSession(sessionId) });

export const useSession = (sessionId: string) => useQuery(getSessionQueryOptions(sessionId));
