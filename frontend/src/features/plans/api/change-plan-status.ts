import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { PlanStatusChange } from '../types';
import { getPlanQueryOptions } from './get-plan';

export async function changePlanStatus({ planId, body }: { planId: string; body: PlanStatusChange }) {
  const { data } = await apiClient.PUT('/api/v1/plans/{planId}/status', { params: { path: { planId } }, body });
  return data!;
}

export const useChangePlanStatus = (planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanStatusChange) => changePlanStatus({ planId, body }),
    onSuccess: (plan) => {
      queryClient.setQueryData(getPlanQueryOptions(planId).queryKey, plan);
      return queryClient.invalidateQueries({ queryKey: ['plans'] });
    },
  });
};
