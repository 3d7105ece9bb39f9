import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import { rawDocument } from '../../../lib/documents';

/** Uploads one annex: the raw bytes as the body, its media type as Content-Type, its name as `filename`. */
export async function uploadContributionAttachment({ contributionId, file }: { contributionId: string; file: File }) {
  const { data } = await apiClient.POST('/api/v1/contributions/{contributionId}/attachments', {
    params: { path: { contributionId }, query: { filename: file.name } },
    ...(await rawDocument(file)),
  });
  return data!;
}

export const useUploadContributionAttachment = (contributionId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadContributionAttachment({ contributionId, file }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contributions', contributionId, 'attachments'] }),
  });
};
