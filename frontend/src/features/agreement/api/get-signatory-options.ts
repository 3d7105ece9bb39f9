import { useQueries } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

/** The public bodies that may sign, by kind (comuni come from the reference data instead). */
const PUBLIC_KINDS = ['CONSORTIUM', 'ASST', 'ATS'] as const;

export type SignatoryOption = { value: string; label: string };

async function municipalities(districtId: string): Promise<SignatoryOption[]> {
  const { data } = await apiClient.GET('/api/v1/districts/{districtId}/municipalities', { params: { path: { districtId }, query: { limit: 100 } } });
  return data!.items.map((m) => ({ value: `m:${m.istatCode}`, label: m.name }));
}

async function publicBodies(districtId: string, kind: (typeof PUBLIC_KINDS)[number]): Promise<SignatoryOption[]> {
  const { data } = await apiClient.GET('/api/v1/organizations', { params: { query: { districtId, kind, limit: 100 } } });
  return data!.items.map((o) => ({ value: `o:${o.id}`, label: o.name }));
}

/** Who may sign the accordo of a plan of this ambito: its public bodies first, then its comuni. */
export function useSignatoryOptions(districtId: string) {
  return useQueries({
    queries: [
      ...PUBLIC_KINDS.map((kind) => ({ queryKey: ['districts', districtId, 'public-bodies', kind], queryFn: () => publicBodies(districtId, kind) })),
      { queryKey: ['districts', districtId, 'municipalities', 'all'], queryFn: () => municipalities(districtId) },
    ],
    combine: (results) => ({
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.isError)?.error ?? null,
      bodies: results.slice(0, PUBLIC_KINDS.length).flatMap((r) => r.data ?? []),
      comuni: results[PUBLIC_KINDS.length]?.data ?? [],
    }),
  });
}
