import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import { getPlanPhasesQueryOptions } from './get-plan-phases';

export async function deletePhase(phaseId: string) {
  await apiClient.DELETE('/api/v1/phases/{phaseId}', { params: { path: { phaseId } } });
}

export const useDeletePhase = (planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePhase,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getPlanPhasesQueryOptions(planId).queryKey }),
  });
};
