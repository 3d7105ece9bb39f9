import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import type { Account } from '../../../features/account/types';
import { usePlan } from '../../../features/plans/api/get-plan';
import { usePlans } from '../../../features/plans/api/get-plans';
import { useCreateSurvey } from '../../../features/surveys/api/create-survey';
import { usePlanSurveys } from '../../../features/surveys/api/get-plan-surveys';
import { SurveyNewForm, surveyCreateBody } from '../../../features/surveys/components/survey-new-form';
import { RequireRole } from '../../require-role';
import ForbiddenRoute from '../errors/forbidden';

/** "Nuovo questionario": blank, or copied from a published or closed survey of a previous plan of the same ambito. */
export default function SurveyNewRoute() {
  return <RequireRole roles={['consortium']}>{(account) => <SurveyNew account={account} />}</RequireRole>;
}

function SurveyNew({ account }: { account: Account }) {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plan = usePlan(planId);
  const plans = usePlans(plan.data?.districtId ?? '');
  const [sourcePlanId, setSourcePlanId] = useState('');
  const sources = usePlanSurveys(sourcePlanId || undefined);
  const create = useCreateSurvey(planId);

  if (plan.isError) return <ProblemAlert error={plan.error} />;
  if (!plan.data) return <Loading />;
  if (!account.districtIds.includes(plan.data.districtId)) return <ForbiddenRoute />;
  const previous = (plans.data?.items ?? []).filter((p) => p.id !== planId).map((p) => ({ id: p.id, title: p.title }));
  const copyable = (sources.data?.items ?? []).filter((s) => s.status !== 'DRAFT').map((s) => ({ id: s.id, title: s.title }));

  return (
    <>
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{plan.data.title}</p>
      <h1>{t('surveys.new.title')}</h1>
      <p>
        <Link to={paths.planSurveys.href(planId)}>{t('surveys.backToList')}</Link>
      </p>
      <p>{t('surveys.new.intro')}</p>
      <SurveyNewForm
        plans={previous}
        sources={copyable}
        onPlanChange={setSourcePlanId}
        onSubmit={async (v) => {
          const survey = await create.mutateAsync(surveyCreateBody(v));
          void navigate(paths.surveyEdit.href(survey.id), { state: { notice: t('surveys.new.created', { title: survey.title }) } });
        }}
      />
    </>
  );
}
