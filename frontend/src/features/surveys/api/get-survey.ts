import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

/** A survey and its questions; a draft only for the plan office of its ambito. */
export async function getSurvey(surveyId: string) {
  const { data } = await apiClient.GET('/api/v1/surveys/{surveyId}', { params: { path: { surveyId } } });
  return data!;
}

export const getSurveyQueryOptions = (surveyId: string) => queryOptions({ queryKey: ['surveys', surveyId], queryFn: () => getSurvey(surveyId) });

export const useSurvey = (surveyId: string | undefined) => useQuery({ ...getSurveyQueryOptions(surveyId ?? ''), enabled: !!surveyId });
