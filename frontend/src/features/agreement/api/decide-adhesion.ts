import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';

type Decision = components['schemas']['AdhesionDecision'];

export async function decideAdhesion({ adhesionId, body }: { adhesionId: string; body: Decision }) {
  const { data } = await apiClient.POST('/api/v1/adhesions/{adhesionId}/decision', { params: { path: { adhesionId } }, body });
  return data!;
}

export const useDecideAdhesion = (planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { adhesionId: string; body: Decision }) => decideAdhesion(v),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans', planId, 'agreement'] }),
  });
};
