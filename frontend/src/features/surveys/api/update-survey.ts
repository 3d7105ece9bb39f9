import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { Survey, SurveyUpdate } from '../types';
import { getPlanSurveysQueryOptions } from './get-plan-surveys';
import { getSurveyQueryOptions } from './get-survey';

/** Saves the survey from the version it was edited from (409 stale-version otherwise). */
export async function updateSurvey({ surveyId, body }: { surveyId: string; body: SurveyUpdate }) {
  const { data } = await apiClient.PUT('/api/v1/surveys/{surveyId}', { params: { path: { surveyId } }, body });
  return data!;
}

/** Keeps the survey and its plan's list fresh after any change of the survey. */
export function useSurveyChanged() {
  const queryClient = useQueryClient();
  return (survey: Survey) => {
    queryClient.setQueryData(getSurveyQueryOptions(survey.id).queryKey, survey);
    return queryClient.invalidateQueries({ queryKey: getPlanSurveysQueryOptions(survey.planId).queryKey });
  };
}

export const useUpdateSurvey = (surveyId: string) => {
  const changed = useSurveyChanged();
  return useMutation({ mutationFn: (body: SurveyUpdate) => updateSurvey({ surveyId, body }), onSuccess: changed });
};
