import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import { getMyCalendarFeedQueryOptions } from './get-my-calendar-feed';

export async function revokeMyCalendarFeed() {
  await apiClient.DELETE('/api/v1/me/calendar-feed');
}

export const useRevokeMyCalendarFeed = (userId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeMyCalendarFeed,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getMyCalendarFeedQueryOptions(userId).queryKey }),
  });
};
