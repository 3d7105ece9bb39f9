import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import { getSessionRegistrationsQueryOptions } from './get-session-registrations';

export async function recordAttendance({ sessionId, participantId, attended }: { sessionId: string; participantId: string; attended: boolean }) {
  const { data } = await apiClient.PUT('/api/v1/sessions/{sessionId}/participants/{participantId}/attendance', {
    params: { path: { sessionId, participantId } },
    body: { attended },
  });
  return data!;
}

export const useRecordAttendance = (sessionId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ participantId, attended }: { participantId: string; attended: boolean }) => recordAttendance({ sessionId, participantId, attended }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getSessionRegistrationsQueryOptions(sessionId).queryKey }),
  });
};
