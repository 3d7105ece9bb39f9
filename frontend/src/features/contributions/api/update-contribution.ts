import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { Contribution, ContributionAnswer, ContributionUpdate } from '../types';

export async function updateContribution({ contributionId, body }: { contributionId: string; body: ContributionUpdate }) {
  const { data } = await apiClient.PUT('/api/v1/contributions/{contributionId}', { params: { path: { contributionId } }, body });
  return data!;
}

export async function submitContribution(contributionId: string) {
  const { data } = await apiClient.POST('/api/v1/contributions/{contributionId}/submit', { params: { path: { contributionId } } });
  return data!;
}

export async function withdrawContribution(contributionId: string) {
  const { data } = await apiClient.POST('/api/v1/contributions/{contributionId}/withdraw', { params: { path: { contributionId } } });
  return data!;
}

export async function answerContribution({ contributionId, body }: { contributionId: string; body: ContributionAnswer }) {
  const { data } = await apiClient.PUT('/api/v1/contributions/{contributionId}/answer', { params: { path: { contributionId } }, body });
  return data!;
}

/** After any change: the istanza itself and every list of its plan are stale. */
function useRefresh() {
  const queryClient = useQueryClient();
  return (c: Contribution) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['contributions', c.id] }),
      queryClient.invalidateQueries({ queryKey: ['plans', c.planId, 'contributions'] }),
    ]);
}

export const useUpdateContribution = (contributionId: string) => {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: ContributionUpdate) => updateContribution({ contributionId, body }), onSuccess: refresh });
};

export const useSubmitContribution = (contributionId: string) => {
  const refresh = useRefresh();
  return useMutation({ mutationFn: () => submitContribution(contributionId), onSuccess: refresh });
};

export const useWithdrawContribution = (contributionId: string) => {
  const refresh = useRefresh();
  return useMutation({ mutationFn: () => withdrawContribution(contributionId), onSuccess: refresh });
};

export const useAnswerContribution = (contributionId: string) => {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: ContributionAnswer) => answerContribution({ contributionId, body }), onSuccess: refresh });
};
