import { queryOptions, useQuery } from '@tanstack/react-query';
import { env } from '../../../config/env';
import { apiClient } from '../../../lib/api/client';

export async function getCallAttachments(callId: string) {
  const { data } = await apiClient.GET('/api/v1/calls/{callId}/attachments', { params: { path: { callId }, query: { limit: 100 } } });
  return data!;
}

export const getCallAttachmentsQueryOptions = (callId: string) =>
  queryOptions({ queryKey: ['calls', callId, 'attachments'], queryFn: () => getCallAttachments(callId) });

export const useCallAttachments = (callId: string) => useQuery(getCallAttachmentsQueryOptions(callId));

/** The public download address of an attachment (readable as the call is: a plain link works, no token needed). */
export function attachmentHref(callId: string, attachmentId: string): string {
  return `${env.apiUrl}/api/v1/calls/${encodeURIComponent(callId)}/attachments/${encodeURIComponent(attachmentId)}`;
}
