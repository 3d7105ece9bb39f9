import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import { getPlanSurveysQueryOptions } from './get-plan-surveys';

/** Deletes a draft survey (409 survey-not-draft once published). */
export async function deleteSurvey(surveyId: string) {
  await apiClient.DELETE('/api/v1/surveys/{surveyId}', { params: { path: { surveyId } } });
}

export const useDeleteSurvey = (surveyId: string, planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteSurvey(surveyId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getPlanSurveysQueryOptions(planId).queryKey }),
  });
};
