import { Alert } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { ApiProblem, problemMessageKey } from '../../lib/api/problem';

/**
 * What a form shows above its buttons when saving failed: for a 409 `stale-version` (someone else saved
 * first) an explanation and a button to load their version; otherwise the problem's message.
 */
export function FormProblem({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const stale = error instanceof ApiProblem && error.slug === 'stale-version';
  return (
    <div role="alert" className="zonale-form-problem">
      <Alert color={stale ? 'warning' : 'danger'} fade={false}>
        <strong className="d-block">{t(stale ? 'form.stale.title' : 'form.failed')}</strong>
        <span className="d-block">{t(stale ? 'form.stale.body' : problemMessageKey(error))}</span>
        {stale && onReload ? (
          <button type="button" className="btn btn-sm btn-primary mt-2" onClick={onReload}>
            {t('form.stale.reload')}
          </button>
        ) : null}
      </Alert>
    </div>
  );
}
