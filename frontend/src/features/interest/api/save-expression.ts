import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { ExpressionOfInterest, ExpressionOfInterestCreate, ExpressionOfInterestUpdate } from '../types';
import { getExpressionQueryOptions } from './get-expression';

export async function createExpression({ callId, body }: { callId: string; body: ExpressionOfInterestCreate }) {
  const { data } = await apiClient.POST('/api/v1/calls/{callId}/expressions-of-interest', { params: { path: { callId } }, body });
  return data!;
}

export async function updateExpression({ id, body }: { id: string; body: ExpressionOfInterestUpdate }) {
  const { data } = await apiClient.PUT('/api/v1/expressions-of-interest/{expressionOfInterestId}', { params: { path: { expressionOfInterestId: id } }, body });
  return data!;
}

export async function submitExpression(id: string) {
  const { data } = await apiClient.POST('/api/v1/expressions-of-interest/{expressionOfInterestId}/submit', {
    params: { path: { expressionOfInterestId: id } },
  });
  return data!;
}

export async function withdrawExpression(id: string) {
  const { data } = await apiClient.POST('/api/v1/expressions-of-interest/{expressionOfInterestId}/withdraw', {
    params: { path: { expressionOfInterestId: id } },
  });
  return data!;
}

/** Every change of an expression of interest refreshes it and the call's list (which holds the organisation's own one). */
function useExpressionMutation<V>(callId: string, fn: (v: V) => Promise<ExpressionOfInterest>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (e) => {
      queryClient.setQueryData(getExpressionQueryOptions(e.id).queryKey, e);
      return queryClient.invalidateQueries({ queryKey: ['calls', callId, 'expressions-of-interest'] });
    },
  });
}

/** Creates the draft when there is none yet (id undefined), else updates it with its version. */
export const useSaveExpression = (callId: string) =>
  useExpressionMutation(callId, ({ id, body }: { id?: string; body: ExpressionOfInterestUpdate }) => {
    if (id) return updateExpression({ id, body });
    const { version: _version, ...create } = body;
    return createExpression({ callId, body: create });
  });

export const useSubmitExpression = (callId: string) => useExpressionMutation(callId, submitExpression);

export const useWithdrawExpression = (callId: string) => useExpressionMutation(callId, withdrawExpression);
