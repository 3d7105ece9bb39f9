import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { PlanUpdate } from '../types';
import { getPlanQueryOptions } from './get-plan';

export async function updatePlan({ planId, body }: { planId: string; body: PlanUpdate }) {
  const { data } = await apiClient.PUT('/api/v1/plans/{planId}', { params: { path: { planId } }, body });
  return data!;
}

export const useUpdatePlan = (planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanUpdate) => updatePlan({ planId, body }),
    onSuccess: (plan) => {
      queryClient.setQueryData(getPlanQueryOptions(planId).queryKey, plan);
      return queryClient.invalidateQueries({ queryKey: ['plans'] });
    },
  });
};
