import { apiClient } from '../../../lib/api/client';

export type ExportFormat = 'CSV' | 'XLSX';

/** Downloads a session's registrations and attendance as a file (the API needs the bearer token, so no plain link). */
export async function exportRegistrations(sessionId: string, format: ExportFormat): Promise<Blob> {
  const { data } = await apiClient.GET('/api/v1/sessions/{sessionId}/participants/export', {
    params: { path: { sessionId }, query: { format } },
    headers: { Accept: '*/*' },
    parseAs: 'blob',
  });
  return data as Blob;
}

/** Hands a downloaded file to the browser under a name. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
