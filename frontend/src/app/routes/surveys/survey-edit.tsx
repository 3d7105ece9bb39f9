import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import type { Account } from '../../../features/account/types';
import { usePlan } from '../../../features/plans/api/get-plan';
import { usePlanPolicyAreas } from '../../../features/plans/api/get-plan-policy-areas';
import { useCloseSurvey } from '../../../features/surveys/api/close-survey';
import { useDeleteSurvey } from '../../../features/surveys/api/delete-survey';
import { getSurveyQueryOptions, useSurvey } from '../../../features/surveys/api/get-survey';
import { usePublishSurvey } from '../../../features/surveys/api/publish-survey';
import { useUpdateSurvey } from '../../../features/surveys/api/update-survey';
import { SurveyAction } from '../../../features/surveys/components/survey-action';
import { SurveyBuilder } from '../../../features/surveys/components/survey-builder';
import { SurveyPublish } from '../../../features/surveys/components/survey-publish';
import { SurveyStatusBadge } from '../../../features/surveys/components/survey-status-badge';
import { builderValues, questionCount, updateBody } from '../../../features/surveys/lib';
import { useTableMatrix } from '../../../features/tables/api/get-table-matrix';
import { formatDate, formatTime } from '../../../lib/format';
import { RequireRole } from '../../require-role';
import ForbiddenRoute from '../errors/forbidden';

/** The plan office's builder of a survey: its questions while a draft, then publication with a deadline and closing. */
export default function SurveyEditRoute() {
  return <RequireRole roles={['consortium']}>{(account) => <SurveyEdit account={account} />}</RequireRole>;
}

function SurveyEdit({ account }: { account: Account }) {
  const { surveyId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const survey = useSurvey(surveyId);
  const planId = survey.data?.planId;
  const plan = usePlan(planId);
  const matrix = useTableMatrix(planId ?? '');
  const areas = usePlanPolicyAreas(planId);
  const update = useUpdateSurvey(surveyId);
  const publish = usePublishSurvey(surveyId);
  const close = useCloseSurvey(surveyId);
  const remove = useDeleteSurvey(surveyId, planId ?? '');
  const [notice, setNotice] = useState((location.state as { notice?: string } | null)?.notice ?? '');
  const reload = () => void queryClient.invalidateQueries({ queryKey: getSurveyQueryOptions(surveyId).queryKey, exact: true });

  if (survey.isError) return <ProblemAlert error={survey.error} />;
  if (plan.isError) return <ProblemAlert error={plan.error} />;
  if (!survey.data || !plan.data || matrix.isPending || areas.isPending) return <Loading />;
  if (!account.districtIds.includes(plan.data.districtId)) return <ForbiddenRoute />;
  const s = survey.data;
  const tables = (matrix.data?.rows ?? []).map((r) => ({ id: r.tableId, name: r.tableName }));
  const policyAreas = (areas.data?.items ?? []).map((a) => ({ id: a.id, name: a.name }));

  return (
    <>
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{plan.data.title}</p>
      <PageNav
        crumbs={[
          { label: plan.data.title, to: paths.plan.href(plan.data.id) },
          { label: t('surveys.list.title'), to: paths.planSurveys.href(s.planId) },
        ]}
        current={s.title}
      />
      <h1>{s.title}</h1>
      <p>
        <Link to={paths.survey.href(s.id)}>{t('surveys.edit.preview')}</Link>
      </p>
      <p>
        <SurveyStatusBadge status={s.status} deadline={s.deadline} />{' '}
        {s.deadline ? t('surveys.list.deadline', { date: formatDate(s.deadline, i18n.language), time: formatTime(s.deadline, i18n.language) }) : null}
      </p>
      <div role="status" aria-live="polite" data-testid="survey-edit-status">
        {notice ? <p className="text-success fw-semibold">{notice}</p> : null}
      </div>
      <SurveyBuilder
        // why: a new version (saved here, or reloaded after a 409) resets the form to what is stored
        key={s.version}
        defaultValues={builderValues(s)}
        locked={s.status !== 'DRAFT'}
        showDeadline={s.status === 'PUBLISHED'}
        tables={tables}
        policyAreas={policyAreas}
        onSave={async (v) => {
          await update.mutateAsync(updateBody(v, s.version));
          setNotice(t('surveys.edit.saved'));
        }}
        onReload={reload}
      />
      {s.status === 'DRAFT' ? (
        <section aria-labelledby="survey-publish-title" className="zonale-card my-4">
          <h2 id="survey-publish-title" className="h4">
            {t('surveys.publish.title')}
          </h2>
          <p>{questionCount(s.definition) === 0 ? t('surveys.publish.noQuestions') : t('surveys.publish.intro')}</p>
          <SurveyPublish
            key={s.version}
            defaultValues={{ deadlineDate: '', deadlineTime: '23:59' }}
            onPublish={async (deadline) => {
              await publish.mutateAsync({ deadline, version: s.version });
              setNotice(t('surveys.publish.done'));
            }}
            onReload={reload}
          />
        </section>
      ) : null}
      {s.status === 'PUBLISHED' ? (
        <section aria-labelledby="survey-close-title" className="zonale-card my-4">
          <h2 id="survey-close-title" className="h4">
            {t('surveys.close.title')}
          </h2>
          <p>{t('surveys.close.intro')}</p>
          <SurveyAction
            label={t('surveys.close.button')}
            title={t('surveys.close.confirmTitle')}
            body={t('surveys.close.confirmBody')}
            onConfirm={async () => {
              await close.mutateAsync(s.version);
              setNotice(t('surveys.close.done'));
            }}
            onReload={reload}
          />
        </section>
      ) : null}
      {s.status === 'DRAFT' ? (
        <section aria-labelledby="survey-delete-title" className="zonale-card my-4">
          <h2 id="survey-delete-title" className="h4">
            {t('surveys.delete.title')}
          </h2>
          <SurveyAction
            label={t('surveys.delete.button')}
            title={t('surveys.delete.confirmTitle')}
            body={t('surveys.delete.confirmBody', { title: s.title })}
            danger
            onConfirm={async () => {
              await remove.mutateAsync();
              void navigate(paths.planSurveys.href(s.planId), { state: { notice: t('surveys.delete.done', { title: s.title }) } });
            }}
          />
        </section>
      ) : null}
    </>
  );
}
