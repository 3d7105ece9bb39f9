import { Alert } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { ApiProblem } from '../../../lib/api/problem';
import { questionId } from './question-field';

/** Why a submission was refused: for invalid answers, a link to the first field in error; otherwise the problem's alert. */
export function SubmitProblem({ error, errors }: { error: unknown; errors: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <div className="mt-3">
      {error instanceof ApiProblem && error.slug === 'invalid-answers' ? (
        <Alert color="danger" fade={false}>
          {t('responses.form.fixErrors')} <a href={`#${firstErrorId(errors)}`}>{t('responses.form.goToError')}</a>
        </Alert>
      ) : (
        <ProblemAlert error={error} />
      )}
    </div>
  );
}

function firstErrorId(errors: Record<string, string>): string {
  const first = Object.keys(errors)[0];
  if (!first) return '';
  if (first === 'subdistrictId') return 'subdistrictId';
  const [key, row] = first.split('/');
  return questionId(key ?? '', row);
}
