import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { FormProblem } from '../../../components/form/form-problem';
import type { Session } from '../types';

type Target = 'HELD' | 'CANCELLED';

/**
 * A scheduled incontro is marked as held or cancelled, each after an explicit confirmation (neither can be undone);
 * a cancellation says why, publicly (the API refuses one without a reason).
 */
export function SessionStatusActions({
  session,
  onChange,
  onReload,
}: {
  session: Session;
  onChange: (status: Target, reason?: string) => Promise<unknown>;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<Target | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [reason, setReason] = useState('');
  const reasonId = useId();

  if (session.status !== 'SCHEDULED') {
    return (
      <>
        <p>{t('sessions.statusActions.final', { status: t(`sessions.status.${session.status}`) })}</p>
        {session.cancellationReason ? <p>{t('sessions.statusActions.cancelledBecause', { reason: session.cancellationReason })}</p> : null}
      </>
    );
  }

  return (
    <div>
      <div className="mb-2">
        <label htmlFor={reasonId} className="form-label">
          {t('sessions.statusActions.reason')}
        </label>
        <textarea id={reasonId} className="form-control" maxLength={2000} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <div className="zonale-actions">
        <button type="button" className="btn btn-outline-primary" onClick={() => setAsking('HELD')}>
          {t('sessions.statusActions.held')}
        </button>
        <button type="button" className="btn btn-outline-danger" disabled={reason.trim() === ''} onClick={() => setAsking('CANCELLED')}>
          {t('sessions.statusActions.cancel')}
        </button>
      </div>
      <ConfirmDialog
        open={asking !== null}
        title={t(asking === 'CANCELLED' ? 'sessions.statusActions.cancelTitle' : 'sessions.statusActions.heldTitle')}
        body={t(asking === 'CANCELLED' ? 'sessions.statusActions.cancelBody' : 'sessions.statusActions.heldBody', { title: session.title })}
        confirmLabel={t(asking === 'CANCELLED' ? 'sessions.statusActions.cancelConfirm' : 'sessions.statusActions.heldConfirm')}
        danger={asking === 'CANCELLED'}
        onConfirm={() => {
          const target = asking;
          setAsking(null);
          if (!target) return;
          setFailure(null);
          onChange(target, target === 'CANCELLED' ? reason.trim() : undefined).catch(setFailure);
        }}
        onClose={() => setAsking(null)}
      />
      <FormProblem error={failure} onReload={onReload} />
    </div>
  );
}
