import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { ParticipantUpdate } from '../types';

export async function updateParticipant({ participantId, body }: { participantId: string; body: ParticipantUpdate }) {
  const { data } = await apiClient.PUT('/api/v1/participants/{participantId}', { params: { path: { participantId } }, body });
  return data!;
}

export const useUpdateParticipant = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateParticipant, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['participants'] }) });
};
