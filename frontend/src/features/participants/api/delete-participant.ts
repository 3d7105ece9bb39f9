import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export async function deleteParticipant(participantId: string) {
  await apiClient.DELETE('/api/v1/participants/{participantId}', { params: { path: { participantId } } });
}

export const useDeleteParticipant = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteParticipant, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['participants'] }) });
};
