import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import { getCallAttachmentsQueryOptions } from './get-call-attachments';

/** The media types the API accepts for a call's documents, by file extension. */
export const ATTACHMENT_TYPES: Record<
  string,
  'application/pdf' | 'application/vnd.oasis.opendocument.text' | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
> = {
  pdf: 'application/pdf',
  odt: 'application/vnd.oasis.opendocument.text',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** The media type to declare for a file: the browser's when it is one we accept, else the one of its extension (phones often leave `type` empty). */
export function attachmentMediaType(file: { name: string; type: string }) {
  const accepted = Object.values(ATTACHMENT_TYPES) as string[];
  if (accepted.includes(file.type)) return file.type as (typeof ATTACHMENT_TYPES)[string];
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  return ATTACHMENT_TYPES[ext];
}

/** Uploads one document: the raw bytes as the body, its media type as Content-Type, its name as `filename`. */
export async function uploadCallAttachment({ callId, file }: { callId: string; file: File }) {
  const mediaType = attachmentMediaType(file) ?? 'application/pdf';
  const { data } = await apiClient.POST('/api/v1/calls/{callId}/attachments', {
    params: { path: { callId }, query: { filename: file.name } },
    // why: openapi-fetch would JSON-encode the body; the API wants the file's bytes as they are
    body: file as unknown as string,
    bodySerializer: (body: unknown) => body as Blob,
    headers: { 'Content-Type': mediaType },
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
