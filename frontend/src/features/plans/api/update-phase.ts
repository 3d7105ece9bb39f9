import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { PlanPhaseUpdate } from '../types';
import { getPlanPhasesQueryOptions } from './get-plan-phases';

export async function updatePhase({ phaseId, body }: { phaseId: string; body: PlanPhaseUpdate }) {
  const { data } = await apiClient.PUT('/api/v1/phases/{phaseId}', { params: { path: { phaseId } }, body });
  return data!;
}

export const useUpdatePhase = (planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePhase,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getPlanPhasesQueryOptions(planId).queryKey }),
  });
};
