import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import type { Account } from '../../../features/account/types';
import { useDistricts } from '../../../features/districts/api/get-districts';
import { usePlan } from '../../../features/plans/api/get-plan';
import { usePlanPolicyAreas } from '../../../features/plans/api/get-plan-policy-areas';
import { getTableQueryOptions, useTable } from '../../../features/tables/api/get-table';
import { useUpdateTable } from '../../../features/tables/api/update-table';
import { TableForm, tableBody } from '../../../features/tables/components/table-form';
import { RequireRole } from '../../require-role';
import ForbiddenRoute from '../errors/forbidden';

/** The plan office edits a thematic table; a 409 offers to load the version someone else saved. */
export default function TableEditRoute() {
  return <RequireRole roles={['consortium']}>{(account) => <TableEdit account={account} />}</RequireRole>;
}

function TableEdit({ account }: { account: Account }) {
  const { tableId = '' } = useParams();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const table = useTable(tableId);
  const planId = table.data?.planId;
  const plan = usePlan(planId);
  const policyAreas = usePlanPolicyAreas(planId);
  const districts = useDistricts();
  const update = useUpdateTable(tableId);
  const [notice, setNotice] = useState('');

  if (table.isError) return <ProblemAlert error={table.error} />;
  if (plan.isError) return <ProblemAlert error={plan.error} />;
  if (policyAreas.isError) return <ProblemAlert error={policyAreas.error} />;
  if (districts.isError) return <ProblemAlert error={districts.error} />;
  if (!table.data || !plan.data || !policyAreas.data || !districts.data) return <Loading />;
  if (!account.districtIds.includes(plan.data.districtId)) return <ForbiddenRoute />;
  const tb = table.data;
  const district = districts.data.items.find((d) => d.id === plan.data.districtId);

  return (
    <>
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{plan.data.title}</p>
      <PageNav
        crumbs={[
          { label: plan.data.title, to: paths.plan.href(plan.data.id) },
          { label: t('plans.manage.kicker'), to: paths.planManage.href(tb.planId) },
        ]}
        current={t('tables.form.editTitle', { name: tb.name })}
      />
      <h1>{t('tables.form.editTitle', { name: tb.name })}</h1>
      <div role="status" aria-live="polite" data-testid="table-edit-status">
        {notice ? <p className="text-success fw-semibold">{notice}</p> : null}
      </div>
      <TableForm
        key={tb.version}
        defaultValues={{
          name: tb.name,
          description: tb.description ?? '',
          targetGroup: tb.targetGroup,
          level: tb.level,
          subdistrictId: tb.subdistrictId ?? '',
          policyAreaIds: tb.policyAreaIds,
        }}
        subdistricts={district?.subdistricts ?? []}
        policyAreas={policyAreas.data.items}
        submitLabel={t('form.save')}
        onSubmit={async (v) => {
          await update.mutateAsync({ ...tableBody(v), version: tb.version });
          setNotice(t('tables.form.saved', { name: v.name }));
        }}
        onReload={() => void queryClient.invalidateQueries({ queryKey: getTableQueryOptions(tableId).queryKey })}
      />
    </>
  );
}
