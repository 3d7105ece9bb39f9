import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { ParticipantCreate } from '../types';

export async function addParticipant(body: ParticipantCreate) {
  const { data } = await apiClient.POST('/api/v1/participants', { body });
  return data!;
}

export const useAddParticipant = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addParticipant, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['participants'] }) });
};
