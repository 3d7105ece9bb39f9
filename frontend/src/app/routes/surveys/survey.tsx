import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { usePlan } from '../../../features/plans/api/get-plan';
import { usePlanPolicyAreas } from '../../../features/plans/api/get-plan-policy-areas';
import { useSurvey } from '../../../features/surveys/api/get-survey';
import { SurveyPreview } from '../../../features/surveys/components/survey-preview';
import { SurveyStatusBadge, surveyExpired } from '../../../features/surveys/components/survey-status-badge';
import { useTableMatrix } from '../../../features/tables/api/get-table-matrix';
import { formatDate, formatTime } from '../../../lib/format';
import { useCanManage } from '../../use-can-manage';

/** A survey's questions, read-only, for everyone who may read it; organisations go on to answer it. */
export default function SurveyRoute() {
  const { surveyId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const survey = useSurvey(surveyId);
  const plan = usePlan(survey.data?.planId);
  const matrix = useTableMatrix(survey.data?.planId ?? '');
  const areas = usePlanPolicyAreas(survey.data?.planId);
  const canManage = useCanManage(plan.data?.districtId);

  if (survey.isError) return <ProblemAlert error={survey.error} />;
  if (!survey.data) return <Loading />;
  const s = survey.data;
  const tableNames = Object.fromEntries((matrix.data?.rows ?? []).map((r) => [r.tableId, r.tableName]));
  const areaNames = Object.fromEntries((areas.data?.items ?? []).map((a) => [a.id, a.name]));
  return (
    <>
      {plan.data ? <p className="text-uppercase small fw-semibold text-secondary mb-1">{plan.data.title}</p> : null}
      <PageNav
        crumbs={
          plan.data
            ? [
                { label: plan.data.title, to: paths.plan.href(plan.data.id) },
                { label: t('surveys.list.title'), to: paths.planSurveys.href(s.planId) },
              ]
            : []
        }
        current={s.title}
      />
      <h1>{s.title}</h1>
      <p>{canManage ? <Link to={paths.surveyEdit.href(s.id)}>{t('surveys.edit.open')}</Link> : null}</p>
      <p>
        <SurveyStatusBadge status={s.status} deadline={s.deadline} />{' '}
        {s.deadline ? t('surveys.list.deadline', { date: formatDate(s.deadline, i18n.language), time: formatTime(s.deadline, i18n.language) }) : null}
      </p>
      {s.description ? <p>{s.description}</p> : null}
      {surveyExpired(s) || s.status === 'CLOSED' ? <p data-testid="survey-closed">{t('surveys.preview.closed')}</p> : null}
      {s.status === 'PUBLISHED' && !surveyExpired(s) ? (
        <p>
          <Link to={paths.surveyRespond.href(s.id)} className="btn btn-primary">
            {t('surveys.preview.respond')}
          </Link>
        </p>
      ) : null}
      {s.status !== 'DRAFT' ? (
        <ul className="list-inline">
          <li className="list-inline-item">
            <Link to={paths.surveySynthesis.href(s.id)}>{t('synthesis.planLink')}</Link>
          </li>
          {canManage ? (
            <li className="list-inline-item">
              <Link to={paths.surveyResponses.href(s.id)}>{t('responses.office.title')}</Link>
            </li>
          ) : null}
        </ul>
      ) : null}
      <SurveyPreview definition={s.definition} tableNames={tableNames} areaNames={areaNames} />
    </>
  );
}
