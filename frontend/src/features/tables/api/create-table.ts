import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { TableCreate } from '../types';

export async function createTable({ planId, body }: { planId: string; body: TableCreate }) {
  const { data } = await apiClient.POST('/api/v1/plans/{planId}/tables', { params: { path: { planId } }, body });
  return data!;
}

export const useCreateTable = (planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TableCreate) => createTable({ planId, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans', planId] }),
  });
};
