import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { CallUpdate } from '../types';
import { getCallQueryOptions } from './get-call';
import { getPlanCallsQueryOptions } from './get-plan-calls';

export async function updateCall({ callId, body }: { callId: string; body: CallUpdate }) {
  const { data } = await apiClient.PUT('/api/v1/calls/{callId}', { params: { path: { callId } }, body });
  return data!;
}

export const useUpdateCall = (callId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallUpdate) => updateCall({ callId, body }),
    onSuccess: (call) => {
      queryClient.setQueryData(getCallQueryOptions(callId).queryKey, call);
      return queryClient.invalidateQueries({ queryKey: getPlanCallsQueryOptions(call.planId).queryKey });
    },
  });
};
