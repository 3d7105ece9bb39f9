import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAddPhase } from '../api/add-phase';
import { useDeletePhase } from '../api/delete-phase';
import { getPlanPhasesQueryOptions } from '../api/get-plan-phases';
import { useUpdatePhase } from '../api/update-phase';
import type { PlanPhase } from '../types';
import { PhaseEditor } from './phase-editor';

/** The plan's phases, added, changed and deleted in place; `onNotice` hears each change. */
export function PlanPhasesPanel({ planId, phases, onNotice }: { planId: string; phases: PlanPhase[]; onNotice: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const addPhase = useAddPhase(planId);
  const updatePhase = useUpdatePhase(planId);
  const deletePhase = useDeletePhase(planId);
  return (
    <PhaseEditor
      phases={phases}
      onAdd={async (body) => {
        await addPhase.mutateAsync(body);
        onNotice(t('plans.phaseForm.added', { name: body.name }));
      }}
      onUpdate={async (phase, body) => {
        await updatePhase.mutateAsync({ phaseId: phase.id, body });
        onNotice(t('plans.phaseForm.saved', { name: body.name }));
      }}
      onDelete={async (phase) => {
        await deletePhase.mutateAsync(phase.id);
        onNotice(t('plans.phaseForm.deleted', { name: phase.name }));
      }}
      onReload={() => void queryClient.invalidateQueries({ queryKey: getPlanPhasesQueryOptions(planId).queryKey })}
    />
  );
}
