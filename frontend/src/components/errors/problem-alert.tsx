import { Alert } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { problemMessageKey } from '../../lib/api/problem';

/** Shows a failed request as an alert whose text is chosen by the problem type, never its detail. */
export function ProblemAlert({ error, titleKey = 'errors.problem.title' }: { error: unknown; titleKey?: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="danger" fade={false}>
      <strong className="d-block">{t(titleKey)}</strong>
      {t(problemMessageKey(error))}
    </Alert>
  );
}
