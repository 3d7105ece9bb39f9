import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import { getPlanCallsQueryOptions } from './get-plan-calls';

/** Deletes a call with its documents; refused (409 call-answered) once an expression of interest exists. */
export async function deleteCall(callId: string) {
  await apiClient.DELETE('/api/v1/calls/{callId}', { params: { path: { callId } } });
}

export const useDeleteCall = (callId: string, planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteCall(callId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getPlanCallsQueryOptions(planId).queryKey }),
  });
};
