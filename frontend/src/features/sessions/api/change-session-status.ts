import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { SessionStatusChange } from '../types';
import { getSessionQueryOptions } from './get-session';

export async function changeSessionStatus({ sessionId, body }: { sessionId: string; body: SessionStatusChange }) {
  const { data } = await apiClient.PUT('/api/v1/sessions/{sessionId}/status', { params: { path: { sessionId } }, body });
  return data!;
}

export const useChangeSessionStatus = (sessionId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SessionStatusChange) => changeSessionStatus({ sessionId, body }),
    onSuccess: (session) => {
      queryClient.setQueryData(getSessionQueryOptions(sessionId).queryKey, session);
      return queryClient.invalidateQueries({ queryKey: ['plans', session.planId] });
    },
  });
};
