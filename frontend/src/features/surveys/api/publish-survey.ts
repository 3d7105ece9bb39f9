import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { useSurveyChanged } from './update-survey';

type SurveyPublish = components['schemas']['SurveyPublish'];

/** Opens a draft to the organisations' answers until the deadline. */
export async function publishSurvey({ surveyId, body }: { surveyId: string; body: SurveyPublish }) {
  const { data } = await apiClient.POST('/api/v1/surveys/{surveyId}/publish', { params: { path: { surveyId } }, body });
  return data!;
}

export const usePublishSurvey = (surveyId: string) => {
  const changed = useSurveyChanged();
  return useMutation({ mutationFn: (body: SurveyPublish) => publishSurvey({ surveyId, body }), onSuccess: changed });
};
