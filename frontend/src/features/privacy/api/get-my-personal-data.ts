import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

/** Everything Zonale holds about the signed-in person (GET /me/personal-data). */
export async function getMyPersonalData() {
  const { data } = await apiClient.GET('/api/v1/me/personal-data');
  return data!;
}

/** Fetches the export on demand (a download, not a cached query: it is always current). */
export const useDownloadMyPersonalData = () => useMutation({ mutationFn: getMyPersonalData });
