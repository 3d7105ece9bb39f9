import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export async function getContributionAttachments(contributionId: string) {
  const { data } = await apiClient.GET('/api/v1/contributions/{contributionId}/attachments', {
    params: { path: { contributionId }, query: { limit: 100 } },
  });
  return data!;
}

// why: a draft's annexes are private, so the key names the user (another account must not see a cached list)
export const getContributionAttachmentsQueryOptions = (contributionId: string, userId?: string) =>
  queryOptions({
    queryKey: ['contributions', contributionId, 'attachments', { userId: userId ?? null }],
    queryFn: () => getContributionAttachments(contributionId),
  });

export const useContributionAttachments = (contributionId: string, userId?: string) => useQuery(getContributionAttachmentsQueryOptions(contributionId, userId));
