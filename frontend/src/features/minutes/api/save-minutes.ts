import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export async function saveMinutes({ sessionId, body, version }: { sessionId: string; body: string; version: number }) {
  const { data } = await apiClient.PUT('/api/v1/sessions/{sessionId}/minutes', { params: { path: { sessionId } }, body: { body, version } });
  return data!;
}

export async function approveMinutes({ sessionId, version }: { sessionId: string; version: number }) {
  const { data } = await apiClient.POST('/api/v1/sessions/{sessionId}/minutes/approval', { params: { path: { sessionId } }, body: { version } });
  return data!;
}

export const useSaveMinutes = (sessionId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: { body: string; version: number }) => saveMinutes({ sessionId, body, version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sessions', sessionId, 'minutes'] }),
  });
};

export const useApproveMinutes = (sessionId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => approveMinutes({ sessionId, version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sessions', sessionId, 'minutes'] }),
  });
};
