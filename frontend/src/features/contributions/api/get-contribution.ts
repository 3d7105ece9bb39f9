import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export async function getContribution(contributionId: string) {
  const { data } = await apiClient.GET('/api/v1/contributions/{contributionId}', { params: { path: { contributionId } } });
  return data!;
}

export const getContributionQueryOptions = (contributionId: string, userId?: string) =>
  queryOptions({ queryKey: ['contributions', contributionId, { userId: userId ?? null }], queryFn: () => getContribution(contributionId) });

export const useContribution = (contributionId: string, userId?: string) => useQuery(getContributionQueryOptions(contributionId, userId));
