import { useTranslation } from 'react-i18next';
import { CalendarLink } from '../../../features/calendar/components/calendar-link';
import { Link, useParams } from 'react-router';
import { paths } from '../../../config/paths';
import { useCanManage } from '../../use-can-manage';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { usePlan } from '../../../features/plans/api/get-plan';
import { usePlanPhases } from '../../../features/plans/api/get-plan-phases';
import { PlanStatusBadge } from '../../../features/plans/components/plan-status-badge';
import { PlanTimeline } from '../../../features/plans/components/plan-timeline';
import { usePlanCalls } from '../../../features/calls/api/get-plan-calls';
import { CallList } from '../../../features/calls/components/call-list';
import { usePlanSessions } from '../../../features/sessions/api/get-plan-sessions';
import { SessionCalendar } from '../../../features/sessions/components/session-calendar';
import { useTableMatrix } from '../../../features/tables/api/get-table-matrix';
import { TableMatrix } from '../../../features/tables/components/table-matrix';

/** Plan page: header, timeline of phases, table × policy-area matrix, calendar of sessions. */
export default function PlanRoute() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const plan = usePlan(planId);
  const phases = usePlanPhases(planId);
  const matrix = useTableMatrix(planId);
  const sessions = usePlanSessions(planId);
  const calls = usePlanCalls(planId);
  const canManage = useCanManage(plan.data?.districtId);

  if (plan.isPending) return <Loading />;
  if (plan.isError) {
    return (
      <>
        <h1>{t('plans.page.kicker')}</h1>
        <ProblemAlert error={plan.error} />
      </>
    );
  }
  const tables = (matrix.data?.rows ?? []).map((r) => ({ id: r.tableId, name: r.tableName }));
  return (
    <>
      <PageNav crumbs={[]} current={plan.data.title} />
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{t('plans.page.kicker')}</p>
      <h1>{plan.data.title}</h1>
      <dl className="zonale-dl zonale-dl-inline">
        <dt>{t('plans.page.period')}</dt>
        <dd>
          {plan.data.startYear}–{plan.data.endYear}
        </dd>
        <dt>{t('plans.page.status')}</dt>
        <dd>
          <PlanStatusBadge status={plan.data.status} />
        </dd>
      </dl>
      {plan.data.description ? <p className="lead">{plan.data.description}</p> : null}
      {canManage ? (
        <p>
          <Link to={paths.planManage.href(plan.data.id)} className="btn btn-primary">
            {t('plans.manage.open')}
          </Link>
        </p>
      ) : null}
      <nav aria-label={t('plans.page.sections')} className="mb-4">
        <ul className="zonale-anchors">
          <li>
            <a href="#timeline">{t('plans.timeline.title')}</a>
          </li>
          <li>
            <a href="#calls">{t('calls.list.title')}</a>
          </li>
          <li>
            <a href="#matrix">{t('tables.matrix.title')}</a>
          </li>
          <li>
            <a href="#calendar">{t('sessions.calendar.title')}</a>
          </li>
          <li>
            <Link to={paths.planAgreement.href(plan.data.id)}>{t('agreement.page.link')}</Link>
          </li>
          <li>
            <Link to={paths.planContributions.href(plan.data.id)}>{t('contributions.plan.title')}</Link>
          </li>
          <li>
            <Link to={paths.planSurveys.href(plan.data.id)}>{t('surveys.list.title')}</Link>
          </li>
          <li>
            <Link to={paths.planObjectives.href(plan.data.id)}>{t('objectives.plan.title')}</Link>
          </li>
          <li>
            <Link to={paths.planDocument.href(plan.data.id)}>{t('planDocument.page.link')}</Link>
          </li>
          <li>
            <Link to={paths.planOpenData.href(plan.data.id)}>{t('opendata.page.link')}</Link>
          </li>
        </ul>
      </nav>
      <section id="calls" aria-labelledby="calls-title" className="mb-4">
        <h2 id="calls-title">{t('calls.list.title')}</h2>
        {calls.isPending ? (
          <Loading />
        ) : calls.isError ? (
          <ProblemAlert error={calls.error} />
        ) : (
          <CallList calls={calls.data.items} hrefOf={(c) => paths.call.href(c.id)} />
        )}
      </section>
      <div className="row g-4">
        <section id="timeline" aria-labelledby="timeline-title" className="col-12 col-lg-5">
          <h2 id="timeline-title">{t('plans.timeline.title')}</h2>
          {phases.isPending ? <Loading /> : phases.isError ? <ProblemAlert error={phases.error} /> : <PlanTimeline phases={phases.data.items} />}
        </section>
        <section id="calendar" aria-labelledby="calendar-title" className="col-12 col-lg-7">
          <h2 id="calendar-title">{t('sessions.calendar.title')}</h2>
          <p>
            <CalendarLink kind="plan" id={plan.data.id} />
          </p>
          {sessions.isPending ? (
            <Loading />
          ) : sessions.isError ? (
            <ProblemAlert error={sessions.error} />
          ) : (
            <SessionCalendar sessions={sessions.data.items} tables={tables} />
          )}
        </section>
      </div>
      <section id="matrix" aria-labelledby="matrix-title" className="mt-4">
        <h2 id="matrix-title">{t('tables.matrix.title')}</h2>
        {matrix.isPending ? <Loading /> : matrix.isError ? <ProblemAlert error={matrix.error} /> : <TableMatrix matrix={matrix.data} />}
      </section>
    </>
  );
}
