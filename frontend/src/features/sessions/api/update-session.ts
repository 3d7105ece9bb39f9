import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { SessionUpdate } from '../types';
import { getSessionQueryOptions } from './get-session';

export async function updateSession({ sessionId, body }: { sessionId: string; body: SessionUpdate }) {
  const { data } = await apiClient.PUT('/api/v1/sessions/{sessionId}', { params: { path: { sessionId } }, body });
  return data!;
}

export const useUpdateSession = (sessionId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SessionUpdate) => updateSession({ sessionId, body }),
    onSuccess: (session) => {
      queryClient.setQueryData(getSessionQueryOptions(sessionId).queryKey, session);
      return queryClient.invalidateQueries({ queryKey: ['plans', session.planId] });
    },
  });
};
