import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export async function deleteContributionAttachment({ contributionId, attachmentId }: { contributionId: string; attachmentId: string }) {
  await apiClient.DELETE('/api/v1/contributions/{contributionId}/attachments/{attachmentId}', {
    params: { path: { contributionId, attachmentId } },
  });
}

export const useDeleteContributionAttachment = (contributionId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => deleteContributionAttachment({ contributionId, attachmentId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contributions', contributionId, 'attachments'] }),
  });
};
