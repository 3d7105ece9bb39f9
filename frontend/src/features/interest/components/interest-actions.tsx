import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { FormProblem } from '../../../components/form/form-problem';

/** Withdraw (before the deadline) or send a draft late (after it), each after a confirmation. */
export function InterestActions({
  canWithdraw,
  canSendLate,
  onWithdraw,
  onSendLate,
  onReload,
}: {
  canWithdraw: boolean;
  canSendLate: boolean;
  onWithdraw: () => Promise<unknown>;
  onSendLate: () => Promise<unknown>;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<'withdraw' | 'send' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  if (!canWithdraw && !canSendLate) return null;
  return (
    <div className="mt-3">
      <div className="zonale-actions">
        {canSendLate ? (
          <button type="button" className="btn btn-primary" onClick={() => setAsking('send')}>
            {t('interest.actions.sendLate')}
          </button>
        ) : null}
        {canWithdraw ? (
          <button type="button" className="btn btn-outline-danger" onClick={() => setAsking('withdraw')}>
            {t('interest.actions.withdraw')}
          </button>
        ) : null}
      </div>
      <ConfirmDialog
        open={asking !== null}
        title={t(asking === 'send' ? 'interest.form.sendTitle' : 'interest.actions.withdrawTitle')}
        body={t(asking === 'send' ? 'interest.form.sendBodyLate' : 'interest.actions.withdrawBody')}
        confirmLabel={t(asking === 'send' ? 'interest.form.sendConfirm' : 'interest.actions.withdrawConfirm')}
        danger={asking === 'withdraw'}
        onConfirm={() => {
          const target = asking;
          setAsking(null);
          setFailure(null);
          (target === 'send' ? onSendLate() : onWithdraw()).catch(setFailure);
        }}
        onClose={() => setAsking(null)}
      />
      <FormProblem error={failure} onReload={onReload} />
    </div>
  );
}
