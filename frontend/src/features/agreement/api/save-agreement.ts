import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { AgreementUpdate } from '../types';

export async function saveAgreement({ planId, body }: { planId: string; body: AgreementUpdate }) {
  const { data } = await apiClient.PUT('/api/v1/plans/{planId}/agreement', { params: { path: { planId } }, body });
  return data!;
}

export async function signAgreement({ planId, version }: { planId: string; version: number }) {
  const { data } = await apiClient.POST('/api/v1/plans/{planId}/agreement/signature', { params: { path: { planId } }, body: { version } });
  return data!;
}

export const useSaveAgreement = (planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AgreementUpdate) => saveAgreement({ planId, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans', planId, 'agreement'] }),
  });
};

export const useSignAgreement = (planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => signAgreement({ planId, version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans', planId, 'agreement'] }),
  });
};
