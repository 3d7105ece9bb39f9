import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export async function getTable(tableId: string) {
  const { data } = await apiClient.GET('/api/v1/tables/{tableId}', { params: { path: { tableId } } });
  return data!;
}

export const getTableQueryOptions = (tableId: string) => queryOptions({ queryKey: ['tables', tableId], queryFn: () => getTable(tableId) });

export const useTable = (tableId: string | undefined) => useQuery({ ...getTableQueryOptions(tableId ?? ''), enabled: !!tableId });
