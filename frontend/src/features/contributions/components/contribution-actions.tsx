import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { FormProblem } from '../../../components/form/form-problem';
import { useSubmitContribution, useWithdrawContribution } from '../api/update-contribution';
import type { Contribution } from '../types';

/** Its organisation sends the draft to the plan office or withdraws the istanza, each after a confirmation. */
export function ContributionActions({ contribution }: { contribution: Contribution }) {
  const { t } = useTranslation();
  const submit = useSubmitContribution(contribution.id);
  const withdraw = useWithdrawContribution(contribution.id);
  const [asking, setAsking] = useState<'submit' | 'withdraw' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const canSubmit = contribution.status === 'DRAFT';
  const canWithdraw = contribution.status === 'DRAFT' || contribution.status === 'SUBMITTED';
  if (!canSubmit && !canWithdraw) return null;

  return (
    <div>
      <FormProblem error={failure} />
      <div className="zonale-actions">
        {canSubmit ? (
          <button type="button" className="btn btn-primary" onClick={() => setAsking('submit')}>
            {t('contributions.actions.submit')}
          </button>
        ) : null}
        <button type="button" className="btn btn-outline-danger" onClick={() => setAsking('withdraw')}>
          {t('contributions.actions.withdraw')}
        </button>
      </div>
      <ConfirmDialog
        open={asking === 'submit'}
        title={t('contributions.actions.submitTitle')}
        body={t('contributions.actions.submitBody')}
        confirmLabel={t('contributions.actions.submitConfirm')}
        onConfirm={() => {
          setAsking(null);
          setFailure(null);
          submit.mutate(undefined, { onError: setFailure });
        }}
        onClose={() => setAsking(null)}
      />
      <ConfirmDialog
        open={asking === 'withdraw'}
        danger
        title={t('contributions.actions.withdrawTitle')}
        body={t('contributions.actions.withdrawBody')}
        confirmLabel={t('contributions.actions.withdrawConfirm')}
        onConfirm={() => {
          setAsking(null);
          setFailure(null);
          withdraw.mutate(undefined, { onError: setFailure });
        }}
        onClose={() => setAsking(null)}
      />
    </div>
  );
}
