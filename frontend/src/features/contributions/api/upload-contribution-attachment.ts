import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import { documentTypeOf } from '../../../lib/documents';

/** Uploads one annex: the raw bytes as the body, its media type as Content-Type, its name as `filename`. */
export async function uploadContributionAttachment({ contributionId, file }: { contributionId: string; file: File }) {
  const type = documentTypeOf(file) ?? file.type;
  // why: the raw bytes are the body (openapi-fetch would JSON-encode an object); an ArrayBuffer is sent as is
  const bytes = await file.arrayBuffer();
  const { data } = await apiClient.POST('/api/v1/contributions/{contributionId}/attachments', {
    params: { path: { contributionId }, query: { filename: file.name } },
    body: bytes as unknown as string,
    bodySerializer: (b: unknown) => b as ArrayBuffer,
    headers: { 'Content-Type': type },
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
