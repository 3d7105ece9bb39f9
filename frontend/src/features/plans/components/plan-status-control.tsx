import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { FormProblem } from '../../../components/form/form-problem';
import type { Plan, PlanStatus } from '../types';
import { PlanStatusBadge } from './plan-status-badge';

const ORDER: PlanStatus[] = ['DRAFT', 'CONSULTATION', 'APPROVED', 'MONITORING', 'CLOSED'];

/** The one status a plan may move to next (the API allows forward steps only), or null once closed. */
export function nextPlanStatus(status: PlanStatus): PlanStatus | null {
  return ORDER[ORDER.indexOf(status) + 1] ?? null;
}

/**
 * Shows the plan's status and moves it one step forward after an explicit confirmation. Approval is the
 * exception: it is the Assemblea dei Sindaci's vote, recorded on its own page (`approvalLink`), which also
 * freezes the plan document; the API refuses a plain status change to APPROVED.
 */
export function PlanStatusControl({
  plan,
  onChange,
  onReload,
  approvalLink,
}: {
  plan: Plan;
  onChange: (next: PlanStatus) => Promise<unknown>;
  onReload: () => void;
  approvalLink: ReactNode;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const next = nextPlanStatus(plan.status);

  async function confirm() {
    if (!next || busy) return;
    setOpen(false);
    setBusy(true);
    setFailure(null);
    try {
      await onChange(next);
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="zonale-status-control">
      <p className="mb-2">
        {t('plans.statusControl.current')} <PlanStatusBadge status={plan.status} />
      </p>
      {next === 'APPROVED' ? (
        <>
          <p className="small text-secondary">{t('plans.statusControl.explain.APPROVED')}</p>
          {approvalLink}
        </>
      ) : next ? (
        <>
          <p className="small text-secondary">{t(`plans.statusControl.explain.${next}`)}</p>
          <button type="button" className="btn btn-primary" aria-disabled={busy} onClick={() => !busy && setOpen(true)}>
            {t('plans.statusControl.moveTo', { status: t(`plans.status.${next}`) })}
          </button>
          <ConfirmDialog
            open={open}
            title={t('plans.statusControl.confirmTitle', { status: t(`plans.status.${next}`) })}
            body={t('plans.statusControl.confirmBody', { title: plan.title, status: t(`plans.status.${next}`) })}
            confirmLabel={t('plans.statusControl.confirm', { status: t(`plans.status.${next}`) })}
            onConfirm={() => void confirm()}
            onClose={() => setOpen(false)}
          />
        </>
      ) : (
        <p className="small text-secondary">{t('plans.statusControl.closed')}</p>
      )}
      <FormProblem error={failure} onReload={onReload} />
    </div>
  );
}
