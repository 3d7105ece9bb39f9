import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

const PAGE = 100;

/**
 * The expressions of interest of a call: all of them for the plan office, only the caller's organisation's for anyone
 * else. An ambito has up to a few hundred organisations, so the pages are read to the end.
 */
export async function getCallExpressions(callId: string) {
  const get = async (offset: number) => {
    const { data } = await apiClient.GET('/api/v1/calls/{callId}/expressions-of-interest', {
      params: { path: { callId }, query: { limit: PAGE, offset } },
    });
    return data!;
  };
  const first = await get(0);
  const items = [...first.items];
  while (items.length < first.total && items.length < 2000) {
    const next = await get(items.length);
    if (next.items.length === 0) break;
    items.push(...next.items);
  }
  return { ...first, items, limit: items.length };
}

export const getCallExpressionsQueryOptions = (callId: string, userId: string) =>
  queryOptions({ queryKey: ['calls', callId, 'expressions-of-interest', { userId }], queryFn: () => getCallExpressions(callId) });

export const useCallExpressions = (callId: string, userId: string | undefined) =>
  useQuery({ ...getCallExpressionsQueryOptions(callId, userId ?? ''), enabled: !!userId });
