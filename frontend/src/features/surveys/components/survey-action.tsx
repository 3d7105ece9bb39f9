import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { FormProblem } from '../../../components/form/form-problem';

/** A button for an action that cannot be undone (close, delete), run after a confirmation; its failure shown below. */
export function SurveyAction({
  label,
  title,
  body,
  danger = false,
  onConfirm,
  onReload,
}: {
  label: string;
  title: string;
  body: string;
  danger?: boolean;
  onConfirm: () => Promise<unknown>;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const run = async () => {
    setOpen(false);
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm();
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className={`btn ${danger ? 'btn-outline-danger' : 'btn-outline-primary'}`} disabled={busy} onClick={() => setOpen(true)}>
        {busy ? t('form.saving') : label}
      </button>
      <FormProblem error={failure} onReload={onReload} />
      <ConfirmDialog open={open} title={title} body={body} confirmLabel={label} danger={danger} onConfirm={() => void run()} onClose={() => setOpen(false)} />
    </>
  );
}
