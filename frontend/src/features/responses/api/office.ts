import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { SurveyResponseStatus } from '../types';

export const PAGE_SIZE = 20;

export async function getSurveyCompletion(surveyId: string, offset: number) {
  const { data } = await apiClient.GET('/api/v1/surveys/{surveyId}/completion', {
    params: { path: { surveyId }, query: { limit: PAGE_SIZE, offset } },
  });
  return data!;
}

export const useSurveyCompletion = (surveyId: string, offset: number) =>
  useQuery(
    queryOptions({
      queryKey: ['surveys', surveyId, 'completion', { offset }],
      queryFn: () => getSurveyCompletion(surveyId, offset),
      placeholderData: keepPreviousData,
    }),
  );

export async function getSurveyResponses(surveyId: string, status: SurveyResponseStatus | undefined, offset: number) {
  const { data } = await apiClient.GET('/api/v1/surveys/{surveyId}/responses', {
    params: { path: { surveyId }, query: { status, limit: PAGE_SIZE, offset } },
  });
  return data!;
}

export const useSurveyResponses = (surveyId: string, status: SurveyResponseStatus | undefined, offset: number) =>
  useQuery(
    queryOptions({
      queryKey: ['surveys', surveyId, 'responses', { status: status ?? null, offset }],
      queryFn: () => getSurveyResponses(surveyId, status, offset),
      placeholderData: keepPreviousData,
    }),
  );

function useRefresh(surveyId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['surveys', surveyId] });
}

export const useReopenSurveyResponse = (surveyId: string) => {
  const refresh = useRefresh(surveyId);
  return useMutation({
    mutationFn: async ({ responseId, version }: { responseId: string; version: number }) => {
      const { data } = await apiClient.POST('/api/v1/survey-responses/{responseId}/reopen', {
        params: { path: { responseId } },
        body: { version },
      });
      return data!;
    },
    onSuccess: refresh,
  });
};

export const useSendSurveyReminders = (surveyId: string) => {
  const refresh = useRefresh(surveyId);
  return useMutation({
    mutationFn: async () => {
      const { data } = await apiClient.POST('/api/v1/surveys/{surveyId}/reminders', { params: { path: { surveyId } } });
      return data!;
    },
    onSuccess: refresh,
  });
};
