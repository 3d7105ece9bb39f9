import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export async function getMe() {
  const { data } = await apiClient.GET('/api/v1/me');
  return data!;
}

export const getMeQueryOptions = (userId: string) => queryOptions({ queryKey: ['me', userId], queryFn: getMe });

export const useMe = (userId: string | undefined) => useQuery({ ...getMeQueryOptions(userId ?? ''), enabled: !!userId });
