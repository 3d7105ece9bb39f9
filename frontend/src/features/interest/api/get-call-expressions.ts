import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

/** The expressions of interest of a call: all of them for the plan office, only the caller's organisation's for anyone else. */
export async function getCallExpressions(callId: string) {
  const { data } = await apiClient.GET('/api/v1/calls/{callId}/expressions-of-interest', { params: { path: { callId }, query: { limit: 100 } } });
  return data!;
}

export const getCallExpressionsQueryOptions = (callId: string, userId: string) =>
  queryOptions({ queryKey: ['calls', callId, 'expressions-of-interest', { userId }], queryFn: () => getCallExpressions(callId) });

export const useCallExpressions = (callId: string, userId: string | undefined) =>
  useQuery({ ...getCallExpressionsQueryOptions(callId, userId ?? ''), enabled: !!userId });
