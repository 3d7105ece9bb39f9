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

/** Writes erratum `number` of approved minutes: version 0 opens the next one, then the version read. */
export async function saveErratum({ sessionId, number, body, version }: { sessionId: string; number: number; body: string; version: number }) {
  const { data } = await apiClient.PUT('/api/v1/sessions/{sessionId}/minutes/errata/{number}', {
    params: { path: { sessionId, number } },
    body: { body, version },
  });
  return data!;
}

export async function approveErratum({ sessionId, number, version }: { sessionId: string; number: number; version: number }) {
  const { data } = await apiClient.POST('/api/v1/sessions/{sessionId}/minutes/errata/{number}/approval', {
    params: { path: { sessionId, number } },
    body: { version },
  });
  return data!;
}

export const useSaveErratum = (sessionId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ number, body, version }: { number: number; body: string; version: number }) => saveErratum({ sessionId, number, body, version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sessions', sessionId, 'minutes'] }),
  });
};

export const useApproveErratum = (sessionId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ number, version }: { number: number; version: number }) => approveErratum({ sessionId, number, version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sessions', sessionId, 'minutes'] }),
  });
};
