import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

export const REGISTER_PAGE = 50;

export async function getAdhesionRegister(planId: string, offset: number) {
  const { data } = await apiClient.GET('/api/v1/plans/{planId}/agreement/register', {
    params: { path: { planId }, query: { limit: REGISTER_PAGE, offset } },
  });
  return data!;
}

export const getAdhesionRegisterQueryOptions = (planId: string, offset: number) =>
  queryOptions({ queryKey: ['plans', planId, 'agreement', 'register', { offset }], queryFn: () => getAdhesionRegister(planId, offset) });

export const useAdhesionRegister = (planId: string, offset: number) =>
  useQuery({ ...getAdhesionRegisterQueryOptions(planId, offset), placeholderData: keepPreviousData });
