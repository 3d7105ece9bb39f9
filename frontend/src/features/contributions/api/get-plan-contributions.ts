import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { ContributionFilters } from '../types';

export const CONTRIBUTIONS_PAGE = 20;

/** The istanze of a plan the caller may see (answered ones; its own; for the plan office, the submitted ones), filtered. */
export async function getPlanContributions(planId: string, filters: ContributionFilters) {
  const { offset = 0, ...rest } = filters;
  const query = Object.fromEntries(Object.entries(rest).filter(([, v]) => v));
  const { data } = await apiClient.GET('/api/v1/plans/{planId}/contributions', {
    params: { path: { planId }, query: { ...query, limit: CONTRIBUTIONS_PAGE, offset } },
  });
  return data!;
}

export const getPlanContributionsQueryOptions = (planId: string, filters: ContributionFilters, userId?: string) =>
  queryOptions({
    queryKey: ['plans', planId, 'contributions', { ...filters, userId: userId ?? null }],
    queryFn: () => getPlanContributions(planId, filters),
    placeholderData: keepPreviousData,
  });

export const usePlanContributions = (planId: string | undefined, filters: ContributionFilters, userId?: string) =>
  useQuery({ ...getPlanContributionsQueryOptions(planId ?? '', filters, userId), enabled: !!planId });
