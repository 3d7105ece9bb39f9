import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
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
      <PageNav
        crumbs={[
          { label: plan.data.title, to: paths.plan.href(plan.data.id) },
          { label: t('surveys.list.title'), to: paths.planSurveys.href(planId) },
        ]}
        current={t('surveys.new.title')}
      />
      <h1>{t('surveys.new.title')}</h1>
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
