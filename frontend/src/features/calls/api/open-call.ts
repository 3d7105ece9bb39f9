import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { CallCreate } from '../types';
import { getPlanCallsQueryOptions } from './get-plan-calls';

/** The plan office opens a call on a plan: it is OPEN from now until its deadline. */
export async function openCall({ planId, body }: { planId: string; body: CallCreate }) {
  const { data } = await apiClient.POST('/api/v1/plans/{planId}/calls', { params: { path: { planId } }, body });
  return data!;
}

export const useOpenCall = (planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallCreate) => openCall({ planId, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getPlanCallsQueryOptions(planId).queryKey }),
  });
};
