import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { CrosstabDimension, SynthesisFilters } from '../types';

/** The query string of the filters, without the empty ones. */
function filterQuery(filters: SynthesisFilters) {
  return {
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.subdistrictId ? { subdistrictId: filters.subdistrictId } : {}),
    ...(filters.tableId ? { tableId: filters.tableId } : {}),
    ...(filters.policyAreaId ? { policyAreaId: filters.policyAreaId } : {}),
  };
}

export async function getSynthesis(surveyId: string, filters: SynthesisFilters) {
  const { data } = await apiClient.GET('/api/v1/surveys/{surveyId}/synthesis', {
    params: { path: { surveyId }, query: filterQuery(filters) },
  });
  return data!;
}

/** The synthesis as the caller may see it (the user id is in the key: the plan office sees more). */
export const getSynthesisQueryOptions = (surveyId: string, filters: SynthesisFilters, userId?: string) =>
  queryOptions({
    queryKey: ['surveys', surveyId, 'synthesis', filters, userId ?? null],
    queryFn: () => getSynthesis(surveyId, filters),
    placeholderData: keepPreviousData,
  });

export const useSynthesis = (surveyId: string, filters: SynthesisFilters, userId?: string) => useQuery(getSynthesisQueryOptions(surveyId, filters, userId));

export async function getCrosstab(surveyId: string, question: string, by: CrosstabDimension, filters: SynthesisFilters) {
  const { kind, subdistrictId } = filters;
  const { data } = await apiClient.GET('/api/v1/surveys/{surveyId}/synthesis/crosstab', {
    params: { path: { surveyId }, query: { question, by, ...filterQuery({ kind, subdistrictId }) } },
  });
  return data!;
}

export const useCrosstab = (surveyId: string, question: string | undefined, by: CrosstabDimension, filters: SynthesisFilters, userId?: string) =>
  useQuery({
    queryKey: ['surveys', surveyId, 'synthesis', 'crosstab', question, by, filters, userId ?? null],
    queryFn: () => getCrosstab(surveyId, question!, by, filters),
    enabled: !!question,
  });

export type ExportFormat = 'CSV' | 'XLSX';

/** The synthesis as a file (the API needs the bearer token, so no plain link). */
export async function exportSynthesis(surveyId: string, format: ExportFormat, filters: SynthesisFilters): Promise<Blob> {
  const { data } = await apiClient.GET('/api/v1/surveys/{surveyId}/synthesis/export', {
    params: { path: { surveyId }, query: { format, ...filterQuery(filters) } },
    headers: { Accept: '*/*' },
    parseAs: 'blob',
  });
  return data as Blob;
}

/** The briefing pack (PDF) for the tables, or for one table. */
export async function downloadBriefingPack(surveyId: string, tableId?: string): Promise<Blob> {
  const { data } = await apiClient.GET('/api/v1/surveys/{surveyId}/briefing-pack', {
    params: { path: { surveyId }, query: tableId ? { tableId } : {} },
    headers: { Accept: 'application/pdf' },
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

/** The answers to a text question, 20 a page: for the plan office only. */
export const useSynthesisTexts = (surveyId: string, key: string, offset: number, enabled: boolean) =>
  useQuery({
    queryKey: ['surveys', surveyId, 'synthesis', 'texts', key, offset],
    queryFn: async () => {
      const { data } = await apiClient.GET('/api/v1/surveys/{surveyId}/synthesis/questions/{key}/texts', {
        params: { path: { surveyId, key }, query: { limit: 20, offset } },
      });
      return data!;
    },
    enabled,
    placeholderData: keepPreviousData,
  });
