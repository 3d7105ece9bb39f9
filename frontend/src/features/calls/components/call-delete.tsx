import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { FormProblem } from '../../../components/form/form-problem';

/** Deletes a call after confirming; only before any organisation has answered it. */
export function CallDelete({ title, onDelete }: { title: string; onDelete: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  return (
    <div>
      <p className="small">{t('calls.delete.hint')}</p>
      <button type="button" className="btn btn-outline-danger" onClick={() => setAsking(true)}>
        {t('calls.delete.button')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('calls.delete.title')}
        body={t('calls.delete.body', { title })}
        confirmLabel={t('calls.delete.confirm')}
        danger
        onConfirm={() => {
          setAsking(false);
          setFailure(null);
          onDelete().catch(setFailure);
        }}
        onClose={() => setAsking(false)}
      />
      <FormProblem error={failure} />
    </div>
  );
}
