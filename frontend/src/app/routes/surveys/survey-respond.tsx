import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { useMySurveyForm } from '../../../features/responses/api/my-response';
import { SurveyResponseForm } from '../../../features/responses/components/survey-response-form';
import { useAuthUser } from '../../../lib/auth';
import { RequireRole } from '../../require-role';

const ANSWERING_ROLES = ['ets', 'comune', 'asst'];

/** An organisation answers a needs survey (scheda di rilevazione): phone first, section by section, autosaved. */
export default function SurveyRespondRoute() {
  return <RequireRole roles={ANSWERING_ROLES}>{() => <SurveyRespond />}</RequireRole>;
}

function SurveyRespond() {
  const { surveyId = '' } = useParams();
  const { t } = useTranslation();
  const user = useAuthUser();
  const form = useMySurveyForm(surveyId, user?.profile.sub);

  if (form.isPending) return <Loading />;
  if (form.isError) {
    return (
      <>
        <h1>{t('responses.form.kicker')}</h1>
        <ProblemAlert error={form.error} />
      </>
    );
  }
  return (
    <>
      <p className="text-uppercase small fw-semibold text-secondary mb-1">
        <Link to={paths.plan.href(form.data.planId)}>{t('responses.form.kicker')}</Link>
      </p>
      <h1>{form.data.title}</h1>
      {/* why: keyed by the stored version, so "Ricarica" after a 409 starts again from what another delegate saved */}
      <SurveyResponseForm key={form.data.response?.version ?? 'new'} form={form.data} onReload={() => void form.refetch()} />
    </>
  );
}
