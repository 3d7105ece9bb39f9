import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { FormProblem } from '../../../components/form/form-problem';
import { formatLocalDate } from '../../../lib/format';
import type { PlanPhase, PlanPhaseCreate } from '../types';
import { PhaseForm, type PhaseFormValues } from './phase-form';

function toBody(v: PhaseFormValues): PlanPhaseCreate {
  return { kind: v.kind, name: v.name.trim(), description: v.description || undefined, startDate: v.startDate, endDate: v.endDate || undefined };
}

/** The plan office's list of the plan's phases: edit one in place, delete one after confirming, add a new one. */
export function PhaseEditor({
  phases,
  onAdd,
  onUpdate,
  onDelete,
  onReload,
}: {
  phases: PlanPhase[];
  onAdd: (body: PlanPhaseCreate) => Promise<unknown>;
  onUpdate: (phase: PlanPhase, body: PlanPhaseCreate & { version: number }) => Promise<unknown>;
  onDelete: (phase: PlanPhase) => Promise<unknown>;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<PlanPhase | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  return (
    <div>
      {phases.length === 0 ? <p>{t('plans.timeline.empty')}</p> : null}
      <ul className="list-unstyled zonale-manage-list">
        {phases.map((p) => (
          <li key={`${p.id}-${p.version}`} className="zonale-manage-item">
            {editing === p.id ? (
              <PhaseForm
                idPrefix={`phase-${p.id}`}
                defaultValues={{ kind: p.kind, name: p.name, description: p.description ?? '', startDate: p.startDate, endDate: p.endDate ?? '' }}
                submitLabel={t('form.save')}
                onSubmit={async (v) => {
                  await onUpdate(p, { ...toBody(v), version: p.version });
                  setEditing(null);
                }}
                onCancel={() => setEditing(null)}
                onReload={onReload}
              />
            ) : (
              <div className="zonale-manage-row">
                <div>
                  <span className="fw-semibold d-block">{p.name}</span>
                  <span className="small">
                    {t(`plans.timeline.kind.${p.kind}`)} ·{' '}
                    {p.endDate
                      ? t('plans.timeline.range', { start: formatLocalDate(p.startDate, i18n.language), end: formatLocalDate(p.endDate, i18n.language) })
                      : formatLocalDate(p.startDate, i18n.language)}
                  </span>
                </div>
                <div className="zonale-actions">
                  <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setEditing(p.id)}>
                    {t('form.editNamed', { name: p.name })}
                  </button>
                  <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setDeleting(p)}>
                    {t('form.deleteNamed', { name: p.name })}
                  </button>
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
      <FormProblem error={failure} onReload={onReload} />
      <ConfirmDialog
        open={deleting !== null}
        title={t('plans.phaseForm.deleteTitle')}
        body={t('plans.phaseForm.deleteBody', { name: deleting?.name ?? '' })}
        confirmLabel={t('form.delete')}
        danger
        onConfirm={() => {
          const phase = deleting;
          setDeleting(null);
          if (!phase) return;
          setFailure(null);
          onDelete(phase).catch(setFailure);
        }}
        onClose={() => setDeleting(null)}
      />
      <h3 className="h5 mt-4">{t('plans.phaseForm.addTitle')}</h3>
      <PhaseForm
        idPrefix="phase-new"
        defaultValues={{ kind: 'TABLE_WORK', name: '', description: '', startDate: '', endDate: '' }}
        submitLabel={t('plans.phaseForm.add')}
        onSubmit={(v) => onAdd(toBody(v))}
      />
    </div>
  );
}
