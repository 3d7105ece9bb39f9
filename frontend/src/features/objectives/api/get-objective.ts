import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export async function getObjective(objectiveId: string) {
  const { data } = await apiClient.GET('/api/v1/objectives/{objectiveId}', { params: { path: { objectiveId } } });
  return data!;
}

export const getObjectiveQueryOptions = (objectiveId: string) =>
  queryOptions({ queryKey: ['objectives', objectiveId], queryFn: () => getObjective(objectiveId) });

export const useObjective = (objectiveId: string | undefined) => useQuery({ ...getObjectiveQueryOptions(objectiveId ?? ''), enabled: !!objectiveId });
