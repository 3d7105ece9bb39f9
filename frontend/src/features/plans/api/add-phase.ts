import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { PlanPhaseCreate } from '../types';
import { getPlanPhasesQueryOptions } from './get-plan-phases';

export async function addPhase({ planId, body }: { planId: string; body: PlanPhaseCreate }) {
  const { data } = await apiClient.POST('/api/v1/plans/{planId}/phases', { params: { path: { planId } }, body });
  return data!;
}

export const useAddPhase = (planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanPhaseCreate) => addPhase({ planId, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getPlanPhasesQueryOptions(planId).queryKey }),
  });
};
