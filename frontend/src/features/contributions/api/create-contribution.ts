import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { ContributionCreate } from '../types';

export async function createContribution({ planId, body }: { planId: string; body: ContributionCreate }) {
  const { data } = await apiClient.POST('/api/v1/plans/{planId}/contributions', { params: { path: { planId } }, body });
  return data!;
}

export const useCreateContribution = (planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ContributionCreate) => createContribution({ planId, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans', planId, 'contributions'] }),
  });
};
