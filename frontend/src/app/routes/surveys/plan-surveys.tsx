import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { usePlan } from '../../../features/plans/api/get-plan';
import { usePlanSurveys } from '../../../features/surveys/api/get-plan-surveys';
import { SurveyList } from '../../../features/surveys/components/survey-list';
import { useCanManage } from '../../use-can-manage';

/** The needs surveys of a plan: everyone sees the published ones, the plan office its drafts too and "Nuovo questionario". */
export default function PlanSurveysRoute() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const plan = usePlan(planId);
  const surveys = usePlanSurveys(planId);
  const canManage = useCanManage(plan.data?.districtId);
  const notice = (location.state as { notice?: string } | null)?.notice ?? '';

  if (plan.isError) return <ProblemAlert error={plan.error} />;
  if (surveys.isError) return <ProblemAlert error={surveys.error} />;
  if (!plan.data || !surveys.data) return <Loading />;
  return (
    <>
      <PageNav crumbs={[{ label: plan.data.title, to: paths.plan.href(plan.data.id) }]} current={t('surveys.list.title')} />
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{plan.data.title}</p>
      <h1>{t('surveys.list.title')}</h1>
      <p>{t('surveys.list.intro')}</p>
      <div role="status" aria-live="polite">
        {notice ? <p className="text-success fw-semibold">{notice}</p> : null}
      </div>
      {canManage ? (
        <p>
          <Link to={paths.surveyNew.href(planId)} className="btn btn-primary">
            {t('surveys.new.title')}
          </Link>
        </p>
      ) : null}
      <SurveyList surveys={surveys.data.items} hrefOf={(s) => (canManage ? paths.surveyEdit.href(s.id) : paths.survey.href(s.id))} />
    </>
  );
}
