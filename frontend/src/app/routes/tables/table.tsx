import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { usePlan } from '../../../features/plans/api/get-plan';
import { usePlanPolicyAreas } from '../../../features/plans/api/get-plan-policy-areas';
import { usePlanSessions } from '../../../features/sessions/api/get-plan-sessions';
import { SessionList } from '../../../features/sessions/components/session-list';
import { CalendarLink } from '../../../features/calendar/components/calendar-link';
import { useTableMembers } from '../../../features/tables/api/get-table-members';
import { TableMembers } from '../../../features/tables/components/table-members';
import { useTable } from '../../../features/tables/api/get-table';
import { useCanManage } from '../../use-can-manage';

/** Table page: name, target group, level, policy areas and the table's sessions. */
export default function TableRoute() {
  const { tableId = '' } = useParams();
  const { t } = useTranslation();
  const table = useTable(tableId);
  const planId = table.data?.planId;
  const plan = usePlan(planId);
  const areas = usePlanPolicyAreas(planId);
  const sessions = usePlanSessions(planId, tableId);
  const members = useTableMembers(tableId);
  const canManage = useCanManage(plan.data?.districtId);

  if (table.isPending) return <Loading />;
  if (table.isError) {
    return (
      <>
        <h1>{t('tables.page.kicker')}</h1>
        <ProblemAlert error={table.error} />
      </>
    );
  }
  const areaNames = (areas.data?.items ?? []).filter((a) => table.data.policyAreaIds.includes(a.id)).sort((a, b) => a.position - b.position);
  return (
    <>
      <PageNav crumbs={plan.data ? [{ label: plan.data.title, to: paths.plan.href(plan.data.id) }] : []} current={table.data.name} />
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{t('tables.page.kicker')}</p>
      <h1>{table.data.name}</h1>
      {plan.data ? (
        <p>
          {t('tables.page.plan')}: <Link to={paths.plan.href(plan.data.id)}>{plan.data.title}</Link>
        </p>
      ) : null}
      {canManage ? (
        <p>
          <Link to={paths.tableEdit.href(table.data.id)} className="btn btn-primary btn-sm">
            {t('tables.form.edit')}
          </Link>
        </p>
      ) : null}
      {table.data.description ? <p className="lead">{table.data.description}</p> : null}
      <dl className="zonale-dl">
        <dt>{t('tables.page.targetGroup')}</dt>
        <dd>{t(`tables.targetGroup.${table.data.targetGroup}`)}</dd>
        <dt>{t('tables.page.level')}</dt>
        <dd>{t(`tables.level.${table.data.level}`)}</dd>
        <dt>{t('tables.page.policyAreas')}</dt>
        <dd>
          {areas.isPending && planId ? (
            <Loading />
          ) : areaNames.length === 0 ? (
            t('tables.page.noPolicyAreas')
          ) : (
            <ul className="mb-0 ps-3">
              {areaNames.map((a) => (
                <li key={a.id}>{a.name}</li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <section aria-labelledby="table-members-title" className="mt-4">
        <h2 id="table-members-title">{t('tables.members.title')}</h2>
        {members.isPending ? <Loading /> : members.isError ? <ProblemAlert error={members.error} /> : <TableMembers members={members.data.items} />}
      </section>
      <section aria-labelledby="table-sessions" className="mt-4">
        <h2 id="table-sessions">{t('tables.page.sessions')}</h2>
        <p>
          <CalendarLink kind="table" id={table.data.id} />
        </p>
        {sessions.isPending ? (
          <Loading />
        ) : sessions.isError ? (
          <ProblemAlert error={sessions.error} />
        ) : sessions.data.items.length === 0 ? (
          <p>{t('sessions.calendar.empty')}</p>
        ) : (
          <SessionList sessions={sessions.data.items} />
        )}
      </section>
    </>
  );
}
