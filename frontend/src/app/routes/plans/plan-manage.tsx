import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { useAddPhase } from '../../../features/plans/api/add-phase';
import { useChangePlanStatus } from '../../../features/plans/api/change-plan-status';
import { useDeletePhase } from '../../../features/plans/api/delete-phase';
import { getPlanQueryOptions, usePlan } from '../../../features/plans/api/get-plan';
import { getPlanPhasesQueryOptions, usePlanPhases } from '../../../features/plans/api/get-plan-phases';
import { usePolicyAreas } from '../../../features/plans/api/get-policy-areas';
import { useUpdatePhase } from '../../../features/plans/api/update-phase';
import { useUpdatePlan } from '../../../features/plans/api/update-plan';
import { PhaseEditor } from '../../../features/plans/components/phase-editor';
import { PlanForm } from '../../../features/plans/components/plan-form';
import { PlanStatusControl } from '../../../features/plans/components/plan-status-control';
import { useAttendanceSummary } from '../../../features/participants/api/get-attendance-summary';
import { AttendanceSummaryTables } from '../../../features/participants/components/attendance-summary';
import { usePlanCalls } from '../../../features/calls/api/get-plan-calls';
import { CallList } from '../../../features/calls/components/call-list';
import { usePlanSessions } from '../../../features/sessions/api/get-plan-sessions';
import { useTableMatrix } from '../../../features/tables/api/get-table-matrix';
import { formatDate, formatTime } from '../../../lib/format';
import type { Account } from '../../../features/account/types';
import { RequireRole } from '../../require-role';
import ForbiddenRoute from '../errors/forbidden';

/** The plan office's workspace for one plan: its data and policy areas, its status, phases, tables and incontri. */
export default function PlanManageRoute() {
  return <RequireRole roles={['consortium']}>{(account) => <PlanManage account={account} />}</RequireRole>;
}

function PlanManage({ account }: { account: Account }) {
  const { planId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const queryClient = useQueryClient();
  const plan = usePlan(planId);
  const phases = usePlanPhases(planId);
  const policyAreas = usePolicyAreas();
  const matrix = useTableMatrix(planId);
  const sessions = usePlanSessions(planId);
  const calls = usePlanCalls(planId);
  const attendance = useAttendanceSummary(planId);
  const update = useUpdatePlan(planId);
  const changeStatus = useChangePlanStatus(planId);
  const addPhase = useAddPhase(planId);
  const updatePhase = useUpdatePhase(planId);
  const deletePhase = useDeletePhase(planId);
  const [notice, setNotice] = useState((location.state as { notice?: string } | null)?.notice ?? '');

  const reloadPlan = () => void queryClient.invalidateQueries({ queryKey: getPlanQueryOptions(planId).queryKey, exact: true });
  const reloadPhases = () => void queryClient.invalidateQueries({ queryKey: getPlanPhasesQueryOptions(planId).queryKey });

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
          <li>
            <a href="#plan-data">{t('plans.manage.data')}</a>
          </li>
          <li>
            <a href="#plan-status">{t('plans.manage.status')}</a>
          </li>
          <li>
            <a href="#plan-phases">{t('plans.timeline.title')}</a>
          </li>
          <li>
            <a href="#plan-tables">{t('plans.manage.tables')}</a>
          </li>
          <li>
            <a href="#plan-calls">{t('calls.list.title')}</a>
          </li>
          <li>
            <a href="#plan-sessions">{t('plans.manage.sessions')}</a>
          </li>
        </ul>
      </nav>

      <section id="plan-status" aria-labelledby="plan-status-title" className="zonale-card mb-4">
        <h2 id="plan-status-title" className="h4">
          {t('plans.manage.status')}
        </h2>
        <PlanStatusControl
          key={p.version}
          plan={p}
          onChange={async (next) => {
            await changeStatus.mutateAsync({ status: next, version: p.version });
            setNotice(t('plans.statusControl.changed', { status: t(`plans.status.${next}`) }));
          }}
          onReload={reloadPlan}
          approvalLink={
            <Link to={paths.planApproval.href(p.id)} className="btn btn-primary">
              {t('plans.statusControl.recordApproval')}
            </Link>
          }
        />
      </section>

      <section id="plan-data" aria-labelledby="plan-data-title" className="zonale-card mb-4">
        <h2 id="plan-data-title" className="h4">
          {t('plans.manage.data')}
        </h2>
        {policyAreas.isPending ? <Loading /> : null}
        {policyAreas.isError ? <ProblemAlert error={policyAreas.error} /> : null}
        {policyAreas.data ? (
          <PlanForm
            // why: a new version (saved here, or reloaded after a 409) resets the form to what is stored
            key={p.version}
            defaultValues={{
              districtId: p.districtId,
              title: p.title,
              description: p.description ?? '',
              startYear: p.startYear,
              endYear: p.endYear,
              policyAreaIds: p.policyAreaIds,
            }}
            policyAreas={policyAreas.data.items}
            submitLabel={t('form.save')}
            onSubmit={async (v) => {
              await update.mutateAsync({
                title: v.title.trim(),
                description: v.description || undefined,
                startYear: v.startYear,
                endYear: v.endYear,
                policyAreaIds: v.policyAreaIds,
                version: p.version,
              });
              setNotice(t('plans.manage.saved'));
            }}
            onReload={reloadPlan}
          />
        ) : null}
      </section>

      <section id="plan-phases" aria-labelledby="plan-phases-title" className="zonale-card mb-4">
        <h2 id="plan-phases-title" className="h4">
          {t('plans.timeline.title')}
        </h2>
        {phases.isPending ? <Loading /> : null}
        {phases.isError ? <ProblemAlert error={phases.error} /> : null}
        {phases.data ? (
          <PhaseEditor
            phases={phases.data.items}
            onAdd={async (body) => {
              await addPhase.mutateAsync(body);
              setNotice(t('plans.phaseForm.added', { name: body.name }));
            }}
            onUpdate={async (phase, body) => {
              await updatePhase.mutateAsync({ phaseId: phase.id, body });
              setNotice(t('plans.phaseForm.saved', { name: body.name }));
            }}
            onDelete={async (phase) => {
              await deletePhase.mutateAsync(phase.id);
              setNotice(t('plans.phaseForm.deleted', { name: phase.name }));
            }}
            onReload={reloadPhases}
          />
        ) : null}
      </section>

      <section id="plan-tables" aria-labelledby="plan-tables-title" className="zonale-card mb-4">
        <h2 id="plan-tables-title" className="h4">
          {t('plans.manage.tables')}
        </h2>
        {matrix.isPending ? <Loading /> : null}
        {matrix.isError ? <ProblemAlert error={matrix.error} /> : null}
        {matrix.data ? (
          matrix.data.rows.length === 0 ? (
            <p>{t('tables.matrix.empty')}</p>
          ) : (
            <ul className="list-unstyled zonale-manage-list">
              {matrix.data.rows.map((row) => (
                <li key={row.tableId} className="zonale-manage-item zonale-manage-row">
                  <Link to={paths.table.href(row.tableId)} className="fw-semibold">
                    {row.tableName}
                  </Link>
                  <Link to={paths.tableEdit.href(row.tableId)} className="btn btn-outline-primary btn-sm">
                    {t('form.editNamed', { name: row.tableName })}
                  </Link>
                </li>
              ))}
            </ul>
          )
        ) : null}
        <Link to={paths.tableNew.href(p.id)} className="btn btn-primary mt-2">
          {t('tables.form.newTitle')}
        </Link>
      </section>

      <section id="plan-calls" aria-labelledby="plan-calls-title" className="zonale-card mb-4">
        <h2 id="plan-calls-title" className="h4">
          {t('calls.list.title')}
        </h2>
        {calls.isPending ? <Loading /> : null}
        {calls.isError ? <ProblemAlert error={calls.error} /> : null}
        {calls.data ? <CallList calls={calls.data.items} hrefOf={(c) => paths.callManage.href(c.id)} /> : null}
        <Link to={paths.callNew.href(p.id)} className="btn btn-primary mt-2">
          {t('calls.form.newTitle')}
        </Link>
      </section>

      <section id="plan-sessions" aria-labelledby="plan-sessions-title" className="zonale-card mb-4">
        <h2 id="plan-sessions-title" className="h4">
          {t('plans.manage.sessions')}
        </h2>
        {sessions.isPending ? <Loading /> : null}
        {sessions.isError ? <ProblemAlert error={sessions.error} /> : null}
        {sessions.data ? (
          sessions.data.items.length === 0 ? (
            <p>{t('sessions.calendar.empty')}</p>
          ) : (
            <ul className="list-unstyled zonale-manage-list">
              {sessions.data.items.map((s) => (
                <li key={s.id} className="zonale-manage-item zonale-manage-row">
                  <div>
                    <Link to={paths.session.href(s.id)} className="fw-semibold d-block">
                      {s.title}
                    </Link>
                    <span className="small">
                      {formatDate(s.startsAt, i18n.language)}, {formatTime(s.startsAt, i18n.language)} · {t(`sessions.status.${s.status}`)}
                    </span>
                  </div>
                  <Link to={paths.sessionEdit.href(s.id)} className="btn btn-outline-primary btn-sm">
                    {t('form.editNamed', { name: s.title })}
                  </Link>
                </li>
              ))}
            </ul>
          )
        ) : null}
        <Link to={paths.sessionNew.href(p.id)} className="btn btn-primary mt-2">
          {t('sessions.form.newTitle')}
        </Link>
      </section>

      <section id="plan-attendance" aria-labelledby="plan-attendance-title" className="zonale-card mb-4">
        <h2 id="plan-attendance-title" className="h4">
          {t('participants.attendanceSummary.title')}
        </h2>
        {attendance.isPending ? <Loading /> : null}
        {attendance.isError ? <ProblemAlert error={attendance.error} /> : null}
        {attendance.data ? (
          <AttendanceSummaryTables summary={attendance.data} tableNames={new Map((matrix.data?.rows ?? []).map((r) => [r.tableId, r.tableName]))} />
        ) : null}
      </section>
    </>
  );
}
