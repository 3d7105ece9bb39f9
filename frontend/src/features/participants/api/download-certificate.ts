import { apiClient } from '../../../lib/api/client';

/** Downloads a present person's attendance certificate (PDF) in the page's language; the API needs the bearer token, so no plain link. */
export async function downloadCertificate(sessionId: string, participantId: string, language: string): Promise<Blob> {
  const { data } = await apiClient.GET('/api/v1/sessions/{sessionId}/participants/{participantId}/certificate', {
    params: { path: { sessionId, participantId }, query: { lang: language === 'en' ? 'en' : 'it' } },
    headers: { Accept: '*/*' },
    parseAs: 'blob',
  });
  return data as Blob;
}
