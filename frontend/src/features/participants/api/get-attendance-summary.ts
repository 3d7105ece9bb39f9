import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';

/** Attendance rates of a plan's held incontri (plan office). */
export async function getAttendanceSummary(planId: string) {
  const { data } = await apiClient.GET('/api/v1/plans/{planId}/attendance', { params: { path: { planId } } });
  return data!;
}

export const getAttendanceSummaryQueryOptions = (planId: string) =>
  queryOptions({ queryKey: ['plans', planId, 'attendance'], queryFn: () => getAttendanceSummary(planId) });

export const useAttendanceSummary = (planId: string) => useQuery(getAttendanceSummaryQueryOptions(planId));
