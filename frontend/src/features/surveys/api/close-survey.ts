import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import { useSurveyChanged } from './update-survey';

/** Ends the answers to a published survey. */
export async function closeSurvey({ surveyId, version }: { surveyId: string; version: number }) {
  const { data } = await apiClient.POST('/api/v1/surveys/{surveyId}/close', { params: { path: { surveyId } }, body: { version } });
  return data!;
}

export const useCloseSurvey = (surveyId: string) => {
  const changed = useSurveyChanged();
  return useMutation({ mutationFn: (version: number) => closeSurvey({ surveyId, version }), onSuccess: changed });
};
