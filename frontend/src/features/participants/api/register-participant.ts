import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import { getSessionRegistrationsQueryOptions } from './get-session-registrations';

export async function registerParticipant({ sessionId, participantId }: { sessionId: string; participantId: string }) {
  const { data } = await apiClient.POST('/api/v1/sessions/{sessionId}/participants', {
    params: { path: { sessionId } },
    body: { participantId },
  });
  return data!;
}

export const useRegisterParticipant = (sessionId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (participantId: string) => registerParticipant({ sessionId, participantId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getSessionRegistrationsQueryOptions(sessionId).queryKey }),
  });
};
