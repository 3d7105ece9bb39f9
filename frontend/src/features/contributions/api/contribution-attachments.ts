import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

/** The media types the API accepts, by file extension (a phone may give no type for an .odt). */
export const DOCUMENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  odt: 'application/vnd.oasis.opendocument.text',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The media type to declare for a file, or null when it is not a PDF, ODT or DOCX. */
export function documentTypeOf(file: { name: string; type: string }): string | null {
  if (Object.values(DOCUMENT_TYPES).includes(file.type)) return file.type;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return DOCUMENT_TYPES[extension] ?? null;
}

export async function getContributionAttachments(contributionId: string) {
  const { data } = await apiClient.GET('/api/v1/contributions/{contributionId}/attachments', {
    params: { path: { contributionId }, query: { limit: 100 } },
  });
  return data!;
}

export const getContributionAttachmentsQueryOptions = (contributionId: string, userId?: string) =>
  queryOptions({
    queryKey: ['contributions', contributionId, 'attachments', { userId: userId ?? null }],
    queryFn: () => getContributionAttachments(contributionId),
  });

export const useContributionAttachments = (contributionId: string, userId?: string) => useQuery(getContributionAttachmentsQueryOptions(contributionId, userId));

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

export async function deleteContributionAttachment({ contributionId, attachmentId }: { contributionId: string; attachmentId: string }) {
  await apiClient.DELETE('/api/v1/contributions/{contributionId}/attachments/{attachmentId}', {
    params: { path: { contributionId, attachmentId } },
  });
}

/** Downloads an annex with the caller's token (a draft's annexes are private) and hands it to the browser. */
export async function downloadContributionAttachment({ contributionId, attachment }: { contributionId: string; attachment: { id: string; filename: string } }) {
  const { data } = await apiClient.GET('/api/v1/contributions/{contributionId}/attachments/{attachmentId}', {
    params: { path: { contributionId, attachmentId: attachment.id } },
    headers: { Accept: '*/*' },
    parseAs: 'blob',
  });
  const url = URL.createObjectURL(data as Blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = attachment.filename;
  link.click();
  URL.revokeObjectURL(url);
}

export const useUploadContributionAttachment = (contributionId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadContributionAttachment({ contributionId, file }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contributions', contributionId, 'attachments'] }),
  });
};

export const useDeleteContributionAttachment = (contributionId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => deleteContributionAttachment({ contributionId, attachmentId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contributions', contributionId, 'attachments'] }),
  });
};
