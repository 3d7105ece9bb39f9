import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { ExpressionOfInterestDecision } from '../types';
import { getExpressionQueryOptions } from './get-expression';

export async function decideExpression({ id, body }: { id: string; body: ExpressionOfInterestDecision }) {
  const { data } = await apiClient.POST('/api/v1/expressions-of-interest/{expressionOfInterestId}/decision', {
    params: { path: { expressionOfInterestId: id } },
    body,
  });
  return data!;
}

/** The plan office's decision; admission changes the tables' members too. */
export const useDecideExpression = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ExpressionOfInterestDecision) => decideExpression({ id, body }),
    onSuccess: (e) => {
      queryClient.setQueryData(getExpressionQueryOptions(id).queryKey, e);
      void queryClient.invalidateQueries({ queryKey: ['tables'] });
      return queryClient.invalidateQueries({ queryKey: ['calls', e.callId, 'expressions-of-interest'] });
    },
  });
};
