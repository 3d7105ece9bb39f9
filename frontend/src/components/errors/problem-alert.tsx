import { Alert } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { ApiProblem, problemMessageKey } from '../../lib/api/problem';
import { login, useAuthUser } from '../../lib/auth';

/** Shows a failed request as an alert whose text is chosen by the problem type, never its detail. */
export function ProblemAlert({ error, titleKey = 'errors.problem.title' }: { error: unknown; titleKey?: string }) {
  const { t } = useTranslation();
  const user = useAuthUser();
  // why: a private page opened signed out answers 401/403/404; the way on is to sign in and come back here
  const privateToAnonymous = !user && error instanceof ApiProblem && [401, 403, 404].includes(error.status);
  return (
    <Alert color="danger" fade={false}>
      <strong className="d-block">{t(titleKey)}</strong>
      {t(problemMessageKey(error))}
      {privateToAnonymous ? (
        <span className="d-block mt-2">
          {t('auth.signInNeeded')}{' '}
          <button type="button" className="btn btn-primary btn-sm ms-1" onClick={() => void login(window.location.pathname + window.location.search)}>
            {t('auth.login')}
          </button>
        </span>
      ) : null}
    </Alert>
  );
}
