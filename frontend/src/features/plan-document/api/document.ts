import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import { isRunning } from '../lib';
import type { DocumentExportFormat, DocumentSectionCreate, DocumentSectionUpdate } from '../types';

const key = (planId: string) => ['plans', planId, 'document'] as const;

export const versionsQueryOptions = (planId: string) =>
  queryOptions({
    queryKey: [...key(planId), 'versions'],
    queryFn: async () => {
      const { data } = await apiClient.GET('/api/v1/plans/{planId}/document/versions', {
        params: { path: { planId }, query: { limit: 100 } },
      });
      return data!;
    },
  });

export const useDocumentVersions = (planId: string) => useQuery(versionsQueryOptions(planId));

export const useDocumentVersion = (planId: string, number: number | undefined) =>
  useQuery({
    queryKey: [...key(planId), 'version', number],
    enabled: number !== undefined,
    queryFn: async () => {
      const { data } = await apiClient.GET('/api/v1/plans/{planId}/document/versions/{number}', {
        params: { path: { planId, number: number! } },
      });
      return data!;
    },
  });

export const useDocumentDiff = (planId: string, from: number | undefined, to: number | undefined) =>
  useQuery({
    queryKey: [...key(planId), 'diff', from, to],
    enabled: from !== undefined && to !== undefined && from !== to,
    queryFn: async () => {
      const { data } = await apiClient.GET('/api/v1/plans/{planId}/document/diff', {
        params: { path: { planId }, query: { from: from!, to: to! } },
      });
      return data!;
    },
  });

export const useDocumentComments = (planId: string, number: number | undefined, enabled: boolean) =>
  useQuery({
    queryKey: [...key(planId), 'comments', number],
    enabled: enabled && number !== undefined,
    queryFn: async () => {
      const { data } = await apiClient.GET('/api/v1/plans/{planId}/document/versions/{number}/comments', {
        params: { path: { planId, number: number! }, query: { limit: 100 } },
      });
      return data!;
    },
  });

export const useCreateComment = (planId: string, number: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { text: string; chapterKey?: string }) => {
      const { data } = await apiClient.POST('/api/v1/plans/{planId}/document/versions/{number}/comments', {
        params: { path: { planId, number } },
        body,
      });
      return data!;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key(planId), 'comments', number] }),
  });
};

export const useReplyComment = (planId: string, number: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ commentId, reply, version }: { commentId: string; reply: string; version: number }) => {
      const { data } = await apiClient.POST('/api/v1/document-comments/{commentId}/reply', {
        params: { path: { commentId } },
        body: { reply, version },
      });
      return data!;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key(planId), 'comments', number] }),
  });
};

export const useRequestExport = (planId: string, number: number) =>
  useMutation({
    mutationFn: async (format: DocumentExportFormat) => {
      const { data } = await apiClient.POST('/api/v1/plans/{planId}/document/versions/{number}/exports', {
        params: { path: { planId, number } },
        body: { format },
      });
      return data!;
    },
  });

/** An export job, polled every second while it is queued or running. */
export const useExportJob = (exportId: string | undefined) =>
  useQuery({
    queryKey: ['document-exports', exportId],
    enabled: exportId !== undefined,
    queryFn: async () => {
      const { data } = await apiClient.GET('/api/v1/document-exports/{exportId}', { params: { path: { exportId: exportId! } } });
      return data!;
    },
    refetchInterval: (query) => (isRunning(query.state.data) || !query.state.data ? 1000 : false),
  });

/** The file of a finished export; the API may need the bearer token, so no plain link. */
/** The file name the API gives in Content-Disposition (RFC 6266 filename* first), if any. */
export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent((extended[1] ?? '').trim());
    } catch {
      // fall back to the plain filename below
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1];
}

export async function downloadExport(exportId: string): Promise<{ blob: Blob; fileName?: string }> {
  const { data, response } = await apiClient.GET('/api/v1/document-exports/{exportId}/file', {
    params: { path: { exportId } },
    headers: { Accept: '*/*' },
    parseAs: 'blob',
  });
  return { blob: data as Blob, fileName: fileNameOf(response.headers.get('Content-Disposition')) };
}

export const useDocumentSections = (planId: string) =>
  useQuery({
    queryKey: [...key(planId), 'sections'],
    queryFn: async () => {
      const { data } = await apiClient.GET('/api/v1/plans/{planId}/document/sections', {
        params: { path: { planId }, query: { limit: 100 } },
      });
      return data!;
    },
  });

export const useSaveSection = (planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { id?: string; create?: DocumentSectionCreate; update?: DocumentSectionUpdate }) => {
      if (input.id && input.update) {
        const { data } = await apiClient.PUT('/api/v1/document-sections/{sectionId}', {
          params: { path: { sectionId: input.id } },
          body: input.update,
        });
        return data!;
      }
      const { data } = await apiClient.POST('/api/v1/plans/{planId}/document/sections', {
        params: { path: { planId } },
        body: input.create!,
      });
      return data!;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key(planId), 'sections'] }),
  });
};

export const useDeleteSection = (planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (sectionId: string) => {
      await apiClient.DELETE('/api/v1/document-sections/{sectionId}', { params: { path: { sectionId } } });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key(planId), 'sections'] }),
  });
};

export const useAssembleVersion = (planId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const { data } = await apiClient.POST('/api/v1/plans/{planId}/document/versions', { params: { path: { planId } } });
      return data!;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key(planId), 'versions'] }),
  });
};
