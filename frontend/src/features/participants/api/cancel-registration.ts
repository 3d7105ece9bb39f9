import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import { getSessionRegistrationsQueryOptions } from './get-session-registrations';

export async function cancelRegistration({ sessionId, participantId }: { sessionId: string; participantId: string }) {
  await apiClient.DELETE('/api/v1/sessions/{sessionId}/participants/{participantId}', {
    params: { path: { sessionId, participantId } },
  });
}

export const useCancelRegistration = (sessionId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (participantId: string) => cancelRegistration({ sessionId, participantId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getSessionRegistrationsQueryOptions(sessionId).queryKey }),
  });
};
