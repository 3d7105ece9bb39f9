import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { useDistricts } from '../../../features/districts/api/get-districts';
import { useCreatePlan } from '../../../features/plans/api/create-plan';
import { usePolicyAreas } from '../../../features/plans/api/get-policy-areas';
import { PlanForm } from '../../../features/plans/components/plan-form';
import { RequireRole } from '../../require-role';

/** The plan office starts a new Piano di Zona for one of its ambiti; it is created as a draft. */
export default function PlanNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const districts = useDistricts();
  const policyAreas = usePolicyAreas();
  const create = useCreatePlan();
  const year = new Date().getFullYear();
  return (
    <RequireRole roles={['consortium']}>
      {(account) => (
        <>
          <h1>{t('plans.form.newTitle')}</h1>
          <p className="lead">{t('plans.form.newIntro')}</p>
          {districts.isPending || policyAreas.isPending ? <Loading /> : null}
          {districts.isError ? <ProblemAlert error={districts.error} /> : null}
          {policyAreas.isError ? <ProblemAlert error={policyAreas.error} /> : null}
          {districts.data && policyAreas.data ? (
            <PlanForm
              defaultValues={{
                districtId: account.districtIds.length === 1 ? account.districtIds[0]! : '',
                title: '',
                description: '',
                startYear: year + 1,
                endYear: year + 3,
                policyAreaIds: policyAreas.data.items.map((a) => a.id),
              }}
              districts={districts.data.items.filter((d) => account.districtIds.includes(d.id))}
              policyAreas={policyAreas.data.items}
              submitLabel={t('plans.form.create')}
              onSubmit={async (v) => {
                const plan = await create.mutateAsync({
                  districtId: v.districtId,
                  title: v.title.trim(),
                  description: v.description || undefined,
                  startYear: v.startYear,
                  endYear: v.endYear,
                  policyAreaIds: v.policyAreaIds,
                });
                void navigate(paths.planManage.href(plan.id), { state: { notice: t('plans.manage.created') } });
              }}
            />
          ) : null}
        </>
      )}
    </RequireRole>
  );
}
