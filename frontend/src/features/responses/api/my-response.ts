import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { SurveyResponseSave } from '../types';

export async function getMySurveyForm(surveyId: string) {
  const { data } = await apiClient.GET('/api/v1/surveys/{surveyId}/responses/mine/form', { params: { path: { surveyId } } });
  return data!;
}

export const getMySurveyFormQueryOptions = (surveyId: string, userId?: string) =>
  queryOptions({ queryKey: ['surveys', surveyId, 'responses', 'mine', { userId: userId ?? null }], queryFn: () => getMySurveyForm(surveyId) });

/** Autosaves never refetch in the background: a refetch would overwrite what the user is typing. */
export const useMySurveyForm = (surveyId: string, userId?: string) =>
  useQuery({ ...getMySurveyFormQueryOptions(surveyId, userId), refetchOnWindowFocus: false, staleTime: Infinity });

export async function saveMySurveyResponse({ surveyId, body }: { surveyId: string; body: SurveyResponseSave }) {
  const { data } = await apiClient.PUT('/api/v1/surveys/{surveyId}/responses/mine', { params: { path: { surveyId } }, body });
  return data!;
}

export async function submitMySurveyResponse({ surveyId, version }: { surveyId: string; version: number }) {
  const { data } = await apiClient.POST('/api/v1/surveys/{surveyId}/responses/mine/submit', {
    params: { path: { surveyId } },
    body: { version },
  });
  return data!;
}
