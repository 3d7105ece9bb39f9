import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { timeOfDay } from '../lib';
import type { SaveState } from './use-response-autosave';

/** The autosave's state in a polite live region, with a reload for a stale version and a retry for a failed save. */
export function SaveStatus({ save, onReload, onRetry }: { save: SaveState; onReload: () => void; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div role="status" aria-live="polite" className="small mb-2" data-testid="save-status">
      {save.kind === 'saving' ? <span className="text-secondary">{t('responses.form.saving')}</span> : null}
      {save.kind === 'saved' ? <span className="text-success">{t('responses.form.savedAt', { time: timeOfDay(save.at, i18n.language) })}</span> : null}
      {save.kind === 'invalid' ? <span className="text-danger">{t('responses.form.invalid')}</span> : null}
      {save.kind === 'stale' ? <SaveProblem text={t('responses.form.stale')} action={t('responses.form.reload')} onAction={onReload} /> : null}
      {save.kind === 'failed' ? <SaveProblem text={t('responses.form.failed')} action={t('responses.form.retry')} onAction={onRetry} /> : null}
    </div>
  );
}

/** A save that did not go through, with the one thing to do about it. */
function SaveProblem({ text, action, onAction }: { text: string; action: string; onAction: () => void }) {
  return (
    <span className="text-danger">
      {text}{' '}
      <Button color="link" size="sm" className="p-0 align-baseline" onClick={onAction}>
        {action}
      </Button>
    </span>
  );
}
