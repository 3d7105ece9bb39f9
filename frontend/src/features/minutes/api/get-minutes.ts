import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import { ApiProblem } from '../../../lib/api/problem';

/** A session's minutes, or null when there are none the caller may read (a 404). */
export async function getMinutes(sessionId: string) {
  try {
    const { data } = await apiClient.GET('/api/v1/sessions/{sessionId}/minutes', { params: { path: { sessionId } } });
    return data!;
  } catch (e) {
    if (e instanceof ApiProblem && e.status === 404) return null;
    throw e;
  }
}

export const getMinutesQueryOptions = (sessionId: string, userId?: string) =>
  queryOptions({ queryKey: ['sessions', sessionId, 'minutes', { userId: userId ?? null }], queryFn: () => getMinutes(sessionId) });

export const useMinutes = (sessionId: string, userId?: string) => useQuery(getMinutesQueryOptions(sessionId, userId));
