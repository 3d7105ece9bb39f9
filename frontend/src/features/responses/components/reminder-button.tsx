import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { useSendSurveyReminders } from '../api/office';

/** "Invia promemoria": after a confirmation, one e-mail to each organisation that has not submitted; says how many. */
export function ReminderButton({ surveyId, pending }: { surveyId: string; pending: number }) {
  const { t } = useTranslation();
  const send = useSendSurveyReminders(surveyId);
  const [open, setOpen] = useState(false);
  return (
    <div className="my-3">
      <Button color="primary" disabled={pending === 0 || send.isPending} onClick={() => setOpen(true)}>
        {t('responses.reminders.send')}
      </Button>
      <ConfirmDialog
        open={open}
        title={t('responses.reminders.confirmTitle')}
        body={t('responses.reminders.confirmBody', { count: pending })}
        confirmLabel={t('responses.reminders.send')}
        onConfirm={() => {
          setOpen(false);
          send.mutate();
        }}
        onClose={() => setOpen(false)}
      />
      <div role="status" aria-live="polite">
        {send.data ? (
          <p className="text-success fw-semibold mt-2">
            {t('responses.reminders.queued', { count: send.data.queued })}
            {send.data.alreadyRemindedToday > 0 ? ` ${t('responses.reminders.already', { count: send.data.alreadyRemindedToday })}` : ''}
            {send.data.withoutEmail > 0 ? ` ${t('responses.reminders.withoutEmail', { count: send.data.withoutEmail })}` : ''}
          </p>
        ) : null}
      </div>
      {send.error ? <ProblemAlert error={send.error} /> : null}
    </div>
  );
}
