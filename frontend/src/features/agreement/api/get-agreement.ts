import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import { ApiProblem } from '../../../lib/api/problem';

/** The plan's accordo, or null when there is none the caller may read (a 404: none yet, or a draft). */
export async function getAgreement(planId: string) {
  try {
    const { data } = await apiClient.GET('/api/v1/plans/{planId}/agreement', { params: { path: { planId } } });
    return data!;
  } catch (e) {
    if (e instanceof ApiProblem && e.status === 404) return null;
    throw e;
  }
}

export const getAgreementQueryOptions = (planId: string, userId?: string) =>
  queryOptions({ queryKey: ['plans', planId, 'agreement', { userId: userId ?? null }], queryFn: () => getAgreement(planId) });

export const useAgreement = (planId: string, userId?: string) => useQuery(getAgreementQueryOptions(planId, userId));
