import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import type { Account } from '../../../features/account/types';
import { useDistricts } from '../../../features/districts/api/get-districts';
import { usePlan } from '../../../features/plans/api/get-plan';
import { usePlanPolicyAreas } from '../../../features/plans/api/get-plan-policy-areas';
import { useCreateTable } from '../../../features/tables/api/create-table';
import { TableForm, tableBody } from '../../../features/tables/components/table-form';
import { RequireRole } from '../../require-role';
import ForbiddenRoute from '../errors/forbidden';

/** The plan office adds a thematic table to a plan. */
export default function TableNewRoute() {
  return <RequireRole roles={['consortium']}>{(account) => <TableNew account={account} />}</RequireRole>;
}

function TableNew({ account }: { account: Account }) {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plan = usePlan(planId);
  const policyAreas = usePlanPolicyAreas(planId);
  const districts = useDistricts();
  const create = useCreateTable(planId);

  if (plan.isPending || policyAreas.isPending || districts.isPending) return <Loading />;
  if (plan.isError) return <ProblemAlert error={plan.error} />;
  if (policyAreas.isError) return <ProblemAlert error={policyAreas.error} />;
  if (districts.isError) return <ProblemAlert error={districts.error} />;
  if (!account.districtIds.includes(plan.data.districtId)) return <ForbiddenRoute />;
  const district = districts.data.items.find((d) => d.id === plan.data.districtId);

  return (
    <>
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{plan.data.title}</p>
      <PageNav
        crumbs={[
          { label: plan.data.title, to: paths.plan.href(plan.data.id) },
          { label: t('plans.manage.kicker'), to: paths.planManage.href(plan.data.id) },
        ]}
        current={t('tables.form.newTitle')}
      />
      <h1>{t('tables.form.newTitle')}</h1>
      <TableForm
        defaultValues={{ name: '', description: '', targetGroup: 'WHOLE_POPULATION', level: 'DISTRICT', subdistrictId: '', policyAreaIds: [] }}
        subdistricts={district?.subdistricts ?? []}
        policyAreas={policyAreas.data.items}
        submitLabel={t('tables.form.create')}
        onSubmit={async (v) => {
          const table = await create.mutateAsync(tableBody(v));
          void navigate(paths.planManage.href(planId), { state: { notice: t('tables.form.created', { name: table.name }) } });
        }}
      />
    </>
  );
}
