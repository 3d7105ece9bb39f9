import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

/** A session's registrations (an organisation sees only its own). */
export async function getSessionRegistrations(sessionId: string) {
  const { data } = await apiClient.GET('/api/v1/sessions/{sessionId}/participants', {
    params: { path: { sessionId }, query: { limit: 100 } },
  });
  return data!;
}

export const getSessionRegistrationsQueryOptions = (sessionId: string) =>
  queryOptions({ queryKey: ['sessions', sessionId, 'registrations'], queryFn: () => getSessionRegistrations(sessionId) });

export const useSessionRegistrations = (sessionId: string, enabled = true) =>
  useQuery({ ...getSessionRegistrationsQueryOptions(sessionId), enabled: enabled && !!sessionId });
