import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

/** The surveys of a plan, newest first: drafts too for its plan office. */
export async function getPlanSurveys(planId: string) {
  const { data } = await apiClient.GET('/api/v1/plans/{planId}/surveys', { params: { path: { planId }, query: { limit: 100 } } });
  return data!;
}

export const getPlanSurveysQueryOptions = (planId: string) => queryOptions({ queryKey: ['plans', planId, 'surveys'], queryFn: () => getPlanSurveys(planId) });

export const usePlanSurveys = (planId: string | undefined) => useQuery({ ...getPlanSurveysQueryOptions(planId ?? ''), enabled: !!planId });
