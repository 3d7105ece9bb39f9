import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export async function requestAdhesion({ planId, note }: { planId: string; note?: string }) {
  const { data } = await apiClient.POST('/api/v1/plans/{planId}/agreement/adhesions', { params: { path: { planId } }, body: { note } });
  return data!;
}

export async function withdrawAdhesion(adhesionId: string) {
  const { data } = await apiClient.POST('/api/v1/adhesions/{adhesionId}/withdraw', { params: { path: { adhesionId } } });
  return data!;
}

export const useRequestAdhesion = (planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note?: string) => requestAdhesion({ planId, note }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans', planId, 'agreement'] }),
  });
};

export const useWithdrawAdhesion = (planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (adhesionId: string) => withdrawAdhesion(adhesionId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans', planId, 'agreement'] }),
  });
};
