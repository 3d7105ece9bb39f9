import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export async function getCall(callId: string) {
  const { data } = await apiClient.GET('/api/v1/calls/{callId}', { params: { path: { callId } } });
  return data!;
}

export const getCallQueryOptions = (callId: string) => queryOptions({ queryKey: ['calls', callId], queryFn: () => getCall(callId) });

export const useCall = (callId: string | undefined) => useQuery({ ...getCallQueryOptions(callId ?? ''), enabled: !!callId });
