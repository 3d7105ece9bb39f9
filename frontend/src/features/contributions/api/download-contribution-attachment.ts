import { apiClient } from '../../../lib/api/client';

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
