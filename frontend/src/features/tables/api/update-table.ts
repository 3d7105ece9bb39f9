import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { TableUpdate } from '../types';
import { getTableQueryOptions } from './get-table';

export async function updateTable({ tableId, body }: { tableId: string; body: TableUpdate }) {
  const { data } = await apiClient.PUT('/api/v1/tables/{tableId}', { params: { path: { tableId } }, body });
  return data!;
}

export const useUpdateTable = (tableId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TableUpdate) => updateTable({ tableId, body }),
    onSuccess: (table) => {
      queryClient.setQueryData(getTableQueryOptions(tableId).queryKey, table);
      return queryClient.invalidateQueries({ queryKey: ['plans', table.planId] });
    },
  });
};
