import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import { getMyCalendarFeedQueryOptions } from './get-my-calendar-feed';

/** Creates the private calendar address, or replaces it (the old one stops working at once). */
export async function createMyCalendarFeed() {
  const { data } = await apiClient.POST('/api/v1/me/calendar-feed');
  return data!;
}

export const useCreateMyCalendarFeed = (userId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMyCalendarFeed,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getMyCalendarFeedQueryOptions(userId).queryKey }),
  });
};
