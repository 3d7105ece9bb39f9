import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { PlanCreate } from '../types';

export async function createPlan(body: PlanCreate) {
  const { data } = await apiClient.POST('/api/v1/plans', { body });
  return data!;
}

export const useCreatePlan = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPlan,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
};
