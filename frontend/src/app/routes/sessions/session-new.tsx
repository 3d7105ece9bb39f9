import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import type { Account } from '../../../features/account/types';
import { usePlan } from '../../../features/plans/api/get-plan';
import { useScheduleSession } from '../../../features/sessions/api/schedule-session';
import { SessionForm, sessionBody } from '../../../features/sessions/components/session-form';
import { useTableMatrix } from '../../../features/tables/api/get-table-matrix';
import { RequireRole } from '../../require-role';
import ForbiddenRoute from '../errors/forbidden';

/** The plan office schedules an incontro: a plenary or a meeting of one table. */
export default function SessionNewRoute() {
  return <RequireRole roles={['consortium']}>{(account) => <SessionNew account={account} />}</RequireRole>;
}

function SessionNew({ account }: { account: Account }) {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plan = usePlan(planId);
  const matrix = useTableMatrix(planId);
  const schedule = useScheduleSession(planId);

  if (plan.isPending || matrix.isPending) return <Loading />;
  if (plan.isError) return <ProblemAlert error={plan.error} />;
  if (matrix.isError) return <ProblemAlert error={matrix.error} />;
  if (!account.districtIds.includes(plan.data.districtId)) return <ForbiddenRoute />;
  const tables = matrix.data.rows.map((r) => ({ id: r.tableId, name: r.tableName }));

  return (
    <>
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{plan.data.title}</p>
      <PageNav
        crumbs={[
          { label: plan.data.title, to: paths.plan.href(plan.data.id) },
          { label: t('plans.manage.kicker'), to: paths.planManage.href(plan.data.id) },
        ]}
        current={t('sessions.form.newTitle')}
      />
      <h1>{t('sessions.form.newTitle')}</h1>
      <SessionForm
        defaultValues={{
          kind: tables.length ? 'TABLE' : 'PLENARY',
          tableId: tables.length === 1 ? tables[0]!.id : '',
          title: '',
          date: '',
          startTime: '16:30',
          endTime: '18:30',
          mode: 'IN_PERSON',
          place: '',
          onlineUrl: '',
          capacity: '',
          agenda: [],
        }}
        tables={tables}
        submitLabel={t('sessions.form.create')}
        onSubmit={async (v) => {
          const session = await schedule.mutateAsync(sessionBody(v));
          void navigate(paths.planManage.href(planId), { state: { notice: t('sessions.form.created', { title: session.title }) } });
        }}
      />
    </>
  );
}
