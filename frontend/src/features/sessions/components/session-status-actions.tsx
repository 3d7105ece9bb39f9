import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { FormProblem } from '../../../components/form/form-problem';
import type { Session } from '../types';

type Target = 'HELD' | 'CANCELLED';

/** A scheduled incontro is marked as held or cancelled, each after an explicit confirmation (neither can be undone). */
export function SessionStatusActions({
  session,
  onChange,
  onReload,
}: {
  session: Session;
  onChange: (status: Target) => Promise<unknown>;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<Target | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  if (session.status !== 'SCHEDULED') {
    return <p>{t('sessions.statusActions.final', { status: t(`sessions.status.${session.status}`) })}</p>;
  }

  return (
    <div>
      <div className="zonale-actions">
        <button type="button" className="btn btn-outline-primary" onClick={() => setAsking('HELD')}>
          {t('sessions.statusActions.held')}
        </button>
        <button type="button" className="btn btn-outline-danger" onClick={() => setAsking('CANCELLED')}>
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
          onChange(target).catch(setFailure);
        }}
        onClose={() => setAsking(null)}
      />
      <FormProblem error={failure} onReload={onReload} />
    </div>
  );
}
