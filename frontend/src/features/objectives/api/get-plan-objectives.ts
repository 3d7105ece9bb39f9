import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { ObjectiveFilters } from '../types';

/** A plan has tens of objectives: one page of 100 holds them all. */
export const OBJECTIVES_PAGE = 100;

export async function getPlanObjectives(planId: string, filters: ObjectiveFilters) {
  const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v));
  const { data } = await apiClient.GET('/api/v1/plans/{planId}/objectives', {
    params: { path: { planId }, query: { ...query, limit: OBJECTIVES_PAGE } },
  });
  return data!;
}

export const getPlanObjectivesQueryOptions = (planId: string, filters: ObjectiveFilters) =>
  queryOptions({ queryKey: ['plans', planId, 'objectives', filters], queryFn: () => getPlanObjectives(planId, filters), placeholderData: keepPreviousData });

export const usePlanObjectives = (planId: string | undefined, filters: ObjectiveFilters = {}) =>
  useQuery({ ...getPlanObjectivesQueryOptions(planId ?? '', filters), enabled: !!planId });
