import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export type DatasetPreview = { rows: Record<string, unknown>[]; total: number; lastModified: string | null };

const PREVIEW_ROWS = 5;

/** The first rows of a dataset (its JSON distribution) and its Last-Modified date. */
export async function getDatasetPreview(key: string, districtId?: string | null, planId?: string | null): Promise<DatasetPreview> {
  const query: { format: 'JSON'; districtId?: string; planId?: string } = { format: 'JSON' };
  if (districtId) query.districtId = districtId;
  if (planId) query.planId = planId;
  const { data, response } = await apiClient.GET('/api/v1/datasets/{datasetKey}', {
    params: { path: { datasetKey: key }, query },
    parseAs: 'json',
  });
  const items = ((data as { items?: Record<string, unknown>[] } | undefined)?.items ?? []) as Record<string, unknown>[];
  return { rows: items.slice(0, PREVIEW_ROWS), total: items.length, lastModified: response.headers.get('Last-Modified') };
}

export const getDatasetPreviewQueryOptions = (key: string, districtId?: string | null, planId?: string | null) =>
  queryOptions({ queryKey: ['datasets', key, districtId ?? '', planId ?? '', 'preview'], queryFn: () => getDatasetPreview(key, districtId, planId) });

export const useDatasetPreview = (key: string, districtId?: string | null, planId?: string | null) =>
  useQuery(getDatasetPreviewQueryOptions(key, districtId, planId));
