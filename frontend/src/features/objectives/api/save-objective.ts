import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api/client';
import type { IndicatorCreate, MeasurementPut, Objective, ObjectiveCreate, ObjectiveUpdate } from '../types';

export async function createObjective({ planId, body }: { planId: string; body: ObjectiveCreate }) {
  const { data } = await apiClient.POST('/api/v1/plans/{planId}/objectives', { params: { path: { planId } }, body });
  return data!;
}

export async function updateObjective({ objectiveId, body }: { objectiveId: string; body: ObjectiveUpdate }) {
  const { data } = await apiClient.PUT('/api/v1/objectives/{objectiveId}', { params: { path: { objectiveId } }, body });
  return data!;
}

export async function deleteObjective(objectiveId: string) {
  await apiClient.DELETE('/api/v1/objectives/{objectiveId}', { params: { path: { objectiveId } } });
}

export async function createIndicator({ objectiveId, body }: { objectiveId: string; body: IndicatorCreate }) {
  const { data } = await apiClient.POST('/api/v1/objectives/{objectiveId}/indicators', { params: { path: { objectiveId } }, body });
  return data!;
}

export async function deleteIndicator(indicatorId: string) {
  await apiClient.DELETE('/api/v1/indicators/{indicatorId}', { params: { path: { indicatorId } } });
}

export async function recordMeasurement({ indicatorId, year, body }: { indicatorId: string; year: number; body: MeasurementPut }) {
  const { data } = await apiClient.PUT('/api/v1/indicators/{indicatorId}/measurements/{year}', { params: { path: { indicatorId, year } }, body });
  return data!;
}

export async function deleteMeasurement({ indicatorId, year }: { indicatorId: string; year: number }) {
  await apiClient.DELETE('/api/v1/indicators/{indicatorId}/measurements/{year}', { params: { path: { indicatorId, year } } });
}

/** After any change: the objective and every list of its plan are stale. */
function useRefresh(planId: string, objectiveId?: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      objectiveId ? queryClient.invalidateQueries({ queryKey: ['objectives', objectiveId] }) : null,
      queryClient.invalidateQueries({ queryKey: ['plans', planId, 'objectives'] }),
    ]);
}

export const useCreateObjective = (planId: string) => {
  const refresh = useRefresh(planId);
  return useMutation({ mutationFn: (body: ObjectiveCreate) => createObjective({ planId, body }), onSuccess: refresh });
};

export const useUpdateObjective = (o: Objective) => {
  const refresh = useRefresh(o.planId, o.id);
  return useMutation({ mutationFn: (body: ObjectiveUpdate) => updateObjective({ objectiveId: o.id, body }), onSuccess: refresh });
};

export const useDeleteObjective = (o: Objective) => {
  const refresh = useRefresh(o.planId);
  return useMutation({ mutationFn: () => deleteObjective(o.id), onSuccess: refresh });
};

export const useCreateIndicator = (o: Objective) => {
  const refresh = useRefresh(o.planId, o.id);
  return useMutation({ mutationFn: (body: IndicatorCreate) => createIndicator({ objectiveId: o.id, body }), onSuccess: refresh });
};

export const useDeleteIndicator = (o: Objective) => {
  const refresh = useRefresh(o.planId, o.id);
  return useMutation({ mutationFn: (indicatorId: string) => deleteIndicator(indicatorId), onSuccess: refresh });
};

export const useRecordMeasurement = (o: Objective) => {
  const refresh = useRefresh(o.planId, o.id);
  return useMutation({ mutationFn: recordMeasurement, onSuccess: refresh });
};

export const useDeleteMeasurement = (o: Objective) => {
  const refresh = useRefresh(o.planId, o.id);
  return useMutation({ mutationFn: deleteMeasurement, onSuccess: refresh });
};
