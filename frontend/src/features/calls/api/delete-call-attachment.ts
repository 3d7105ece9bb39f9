import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import { getCallAttachmentsQueryOptions } from './get-call-attachments';

export async function deleteCallAttachment({ callId, attachmentId }: { callId: string; attachmentId: string }) {
  await apiClient.DELETE('/api/v1/calls/{callId}/attachments/{attachmentId}', { params: { path: { callId, attachmentId } } });
}

export const useDeleteCallAttachment = (callId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => deleteCallAttachment({ callId, attachmentId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getCallAttachmentsQueryOptions(callId).queryKey }),
  });
};
