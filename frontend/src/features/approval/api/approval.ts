import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { ApprovalCreate } from '../types';

export async function getApproval(planId: string) {
  const { data } = await apiClient.GET('/api/v1/plans/{planId}/approval', { params: { path: { planId } } });
  return data!;
}

export const getApprovalQueryOptions = (planId: string) =>
  queryOptions({ queryKey: ['plans', planId, 'approval'], queryFn: () => getApproval(planId), retry: false });

export const useApproval = (planId: string | undefined) => useQuery({ ...getApprovalQueryOptions(planId ?? ''), enabled: !!planId });

/** Every comune of the ambito (an ambito has at most a few dozen; the API pages by 100). */
export async function getMunicipalities(districtId: string) {
  const { data } = await apiClient.GET('/api/v1/districts/{districtId}/municipalities', { params: { path: { districtId }, query: { limit: 100 } } });
  return data!;
}

export const useMunicipalities = (districtId: string | undefined) =>
  useQuery({ queryKey: ['districts', districtId, 'municipalities'], queryFn: () => getMunicipalities(districtId ?? ''), enabled: !!districtId });

export async function recordApproval({ planId, body }: { planId: string; body: ApprovalCreate }) {
  const { data } = await apiClient.POST('/api/v1/plans/{planId}/approval', { params: { path: { planId } }, body });
  return data!;
}

/** Recording the approval changes the plan's status too. */
export const useRecordApproval = (planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApprovalCreate) => recordApproval({ planId, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans', planId] }),
  });
};
