import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { SurveyCreate } from '../types';
import { getPlanSurveysQueryOptions } from './get-plan-surveys';

/** The plan office drafts a survey: blank or copied from a previous plan's. */
export async function createSurvey({ planId, body }: { planId: string; body: SurveyCreate }) {
  const { data } = await apiClient.POST('/api/v1/plans/{planId}/surveys', { params: { path: { planId } }, body });
  return data!;
}

export const useCreateSurvey = (planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveyCreate) => createSurvey({ planId, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getPlanSurveysQueryOptions(planId).queryKey }),
  });
};
