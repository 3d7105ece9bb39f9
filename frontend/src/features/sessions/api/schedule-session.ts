import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { SessionCreate } from '../types';

export async function scheduleSession({ planId, body }: { planId: string; body: SessionCreate }) {
  const { data } = await apiClient.POST('/api/v1/plans/{planId}/sessions', { params: { path: { planId } }, body });
  return data!;
}

export const useScheduleSession = (planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SessionCreate) => scheduleSession({ planId, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans', planId] }),
  });
};
