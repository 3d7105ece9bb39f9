import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import type { Account } from '../../../features/account/types';
import { useOpenCall } from '../../../features/calls/api/open-call';
import { CallForm } from '../../../features/calls/components/call-form';
import { callBody } from '../../../features/calls/lib';
import { usePlan } from '../../../features/plans/api/get-plan';
import { useTableMatrix } from '../../../features/tables/api/get-table-matrix';
import { RequireRole } from '../../require-role';
import ForbiddenRoute from '../errors/forbidden';

/** The plan office opens a call on a plan (after confirming: it is public at once), then adds its documents. */
export default function CallNewRoute() {
  return <RequireRole roles={['consortium']}>{(account) => <CallNew account={account} />}</RequireRole>;
}

function CallNew({ account }: { account: Account }) {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plan = usePlan(planId);
  const matrix = useTableMatrix(planId);
  const open = useOpenCall(planId);

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
          { label: t('plans.manage.kicker'), to: paths.planManage.href(planId) },
        ]}
        current={t('calls.form.newTitle')}
      />
      <h1>{t('calls.form.newTitle')}</h1>
      <p>{t('calls.form.newIntro')}</p>
      <CallForm
        defaultValues={{ title: '', text: '', deadlineDate: '', deadlineTime: '23:59', tableIds: tables.map((tb) => tb.id) }}
        tables={tables}
        submitLabel={t('calls.form.open')}
        confirm={{ title: t('calls.form.openTitle'), body: t('calls.form.openBody'), confirmLabel: t('calls.form.openConfirm') }}
        onSubmit={async (v) => {
          const call = await open.mutateAsync(callBody(v));
          void navigate(paths.callManage.href(call.id), { state: { notice: t('calls.form.opened', { title: call.title }) } });
        }}
      />
    </>
  );
}
