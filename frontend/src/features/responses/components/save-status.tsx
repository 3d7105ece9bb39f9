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
      {save.kind === 'stale' ? (
        <span className="text-danger">
          {t('responses.form.stale')}{' '}
          <Button color="link" size="sm" className="p-0 align-baseline" onClick={onReload}>
            {t('responses.form.reload')}
          </Button>
        </span>
      ) : null}
      {save.kind === 'failed' ? (
        <span className="text-danger">
          {t('responses.form.failed')}{' '}
          <Button color="link" size="sm" className="p-0 align-baseline" onClick={onRetry}>
            {t('responses.form.retry')}
          </Button>
        </span>
      ) : null}
    </div>
  );
}
