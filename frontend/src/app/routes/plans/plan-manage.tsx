import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { getPlanQueryOptions, usePlan } from '../../../features/plans/api/get-plan';
import { usePlanPhases } from '../../../features/plans/api/get-plan-phases';
import { usePolicyAreas } from '../../../features/plans/api/get-policy-areas';
import { PlanDataEditor } from '../../../features/plans/components/plan-data-editor';
import { PlanPhasesPanel } from '../../../features/plans/components/plan-phases-panel';
import { PlanStatusPanel } from '../../../features/plans/components/plan-status-panel';
import { useAttendanceSummary } from '../../../features/participants/api/get-attendance-summary';
import { AttendanceSummaryTables } from '../../../features/participants/components/attendance-summary';
import { usePlanCalls } from '../../../features/calls/api/get-plan-calls';
import { CallList } from '../../../features/calls/components/call-list';
import { usePlanSessions } from '../../../features/sessions/api/get-plan-sessions';
import { SessionManageList } from '../../../features/sessions/components/session-manage-list';
import { useTableMatrix } from '../../../features/tables/api/get-table-matrix';
import { TableManageList } from '../../../features/tables/components/table-manage-list';
import type { Account } from '../../../features/account/types';
import { RequireRole } from '../../require-role';
import ForbiddenRoute from '../errors/forbidden';

/** The plan office's workspace for one plan: its data and policy areas, its status, phases, tables and incontri. */
export default function PlanManageRoute() {
  return <RequireRole roles={['consortium']}>{(account) => <PlanManage account={account} />}</RequireRole>;
}

function PlanManage({ account }: { account: Account }) {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const queryClient = useQueryClient();
  // why: every query starts here, together, rather than in the sections once the plan has loaded
  const plan = usePlan(planId);
  const phases = usePlanPhases(planId);
  const policyAreas = usePolicyAreas();
  const matrix = useTableMatrix(planId);
  const sessions = usePlanSessions(planId);
  const calls = usePlanCalls(planId);
  const attendance = useAttendanceSummary(planId);
  const [notice, setNotice] = useState((location.state as { notice?: string } | null)?.notice ?? '');

  const reloadPlan = () => void queryClient.invalidateQueries({ queryKey: getPlanQueryOptions(planId).queryKey, exact: true });

  if (plan.isPending) return <Loading />;
  if (plan.isError) return <ProblemAlert error={plan.error} />;
  const p = plan.data;

  // why: the API refuses another ambito's plan anyway; the 403 page says so before any form is filled
  if (!account.districtIds.includes(p.districtId)) return <ForbiddenRoute />;

  return (
    <>
      <PageNav crumbs={[{ label: p.title, to: paths.plan.href(p.id) }]} current={t('plans.manage.kicker')} />
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{t('plans.manage.kicker')}</p>
      <h1>{p.title}</h1>
      <p>
        <Link to={paths.plan.href(p.id)}>{t('plans.manage.publicPage')}</Link>
      </p>
      <div role="status" aria-live="polite" data-testid="manage-status">
        {notice ? <p className="text-success fw-semibold">{notice}</p> : null}
      </div>
      <nav aria-label={t('plans.page.sections')} className="mb-4">
        <ul className="zonale-anchors">
          {(
            [
              ['plan-data', 'plans.manage.data'],
              ['plan-status', 'plans.manage.status'],
              ['plan-phases', 'plans.timeline.title'],
              ['plan-tables', 'plans.manage.tables'],
              ['plan-calls', 'calls.list.title'],
              ['plan-sessions', 'plans.manage.sessions'],
            ] as const
          ).map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(title)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <ManageSection id="plan-status" title={t('plans.manage.status')}>
        <PlanStatusPanel plan={p} onNotice={setNotice} onReload={reloadPlan} />
      </ManageSection>

      <ManageSection id="plan-data" title={t('plans.manage.data')}>
        <Loaded query={policyAreas}>{(data) => <PlanDataEditor plan={p} policyAreas={data.items} onNotice={setNotice} onReload={reloadPlan} />}</Loaded>
      </ManageSection>

      <ManageSection id="plan-phases" title={t('plans.timeline.title')}>
        <Loaded query={phases}>{(data) => <PlanPhasesPanel planId={planId} phases={data.items} onNotice={setNotice} />}</Loaded>
      </ManageSection>

      <ManageSection id="plan-tables" title={t('plans.manage.tables')}>
        <Loaded query={matrix}>{(data) => <TableManageList rows={data.rows} />}</Loaded>
        <Link to={paths.tableNew.href(p.id)} className="btn btn-primary mt-2">
          {t('tables.form.newTitle')}
        </Link>
      </ManageSection>

      <ManageSection id="plan-calls" title={t('calls.list.title')}>
        <Loaded query={calls}>{(data) => <CallList calls={data.items} hrefOf={(c) => paths.callManage.href(c.id)} />}</Loaded>
        <Link to={paths.callNew.href(p.id)} className="btn btn-primary mt-2">
          {t('calls.form.newTitle')}
        </Link>
      </ManageSection>

      <ManageSection id="plan-sessions" title={t('plans.manage.sessions')}>
        <Loaded query={sessions}>{(data) => <SessionManageList sessions={data.items} />}</Loaded>
        <Link to={paths.sessionNew.href(p.id)} className="btn btn-primary mt-2">
          {t('sessions.form.newTitle')}
        </Link>
      </ManageSection>

      <ManageSection id="plan-attendance" title={t('participants.attendanceSummary.title')}>
        <Loaded query={attendance}>
          {(data) => <AttendanceSummaryTables summary={data} tableNames={new Map((matrix.data?.rows ?? []).map((r) => [r.tableId, r.tableName]))} />}
        </Loaded>
      </ManageSection>
    </>
  );
}

/** One card of the workspace, titled by an h2 the section is labelled by; the anchors above link to its id. */
function ManageSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="zonale-card mb-4">
      <h2 id={`${id}-title`} className="h4">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A query's loading state, its problem, or what its data renders as. */
function Loaded<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  return (
    <>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ProblemAlert error={query.error} /> : null}
      {query.data ? children(query.data) : null}
    </>
  );
}
