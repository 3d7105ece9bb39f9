import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

/** The organisations admitted to a table (full or consultative) with their delegates' names. */
export async function getTableMembers(tableId: string) {
  const { data } = await apiClient.GET('/api/v1/tables/{tableId}/members', { params: { path: { tableId }, query: { limit: 100 } } });
  return data!;
}

export const getTableMembersQueryOptions = (tableId: string) =>
  queryOptions({ queryKey: ['tables', tableId, 'members'], queryFn: () => getTableMembers(tableId) });

export const useTableMembers = (tableId: string | undefined) => useQuery({ ...getTableMembersQueryOptions(tableId ?? ''), enabled: !!tableId });
