import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import { rawDocument } from '../../../lib/documents';
import { getCallAttachmentsQueryOptions } from './get-call-attachments';

/** Uploads one document: the raw bytes as the body, its media type as Content-Type, its name as `filename`. */
export async function uploadCallAttachment({ callId, file }: { callId: string; file: File }) {
  const { data } = await apiClient.POST('/api/v1/calls/{callId}/attachments', {
    params: { path: { callId }, query: { filename: file.name } },
    ...(await rawDocument(file)),
  });
  return data!;
}

export const useUploadCallAttachment = (callId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadCallAttachment({ callId, file }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getCallAttachmentsQueryOptions(callId).queryKey }),
  });
};
