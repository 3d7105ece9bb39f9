import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { useCreateObjective } from '../../../features/objectives/api/save-objective';
import { ObjectiveForm, bodyOf } from '../../../features/objectives/components/objective-form';
import { usePlan } from '../../../features/plans/api/get-plan';
import { useAuthUser } from '../../../lib/auth';
import { RequireRole } from '../../require-role';
import { useObjectiveChoices } from './use-objective-choices';

/** "Nuovo obiettivo": the plan office writes an objective; indicators come next, on its page. */
export default function ObjectiveNewRoute() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useAuthUser();
  const plan = usePlan(planId);
  const choices = useObjectiveChoices(planId, user?.profile.sub);
  const create = useCreateObjective(planId);

  if (plan.isPending) return <Loading />;
  if (plan.isError) return <ProblemAlert error={plan.error} />;
  return (
    <RequireRole roles={['consortium']} districtId={plan.data.districtId}>
      {() => (
        <>
          <p className="text-uppercase small fw-semibold text-secondary mb-1">
            <Link to={paths.planObjectives.href(planId)}>{plan.data.title}</Link>
          </p>
          <h1>{t('objectives.form.new')}</h1>
          {choices.loading ? (
            <Loading />
          ) : (
            <ObjectiveForm
              policyAreas={choices.policyAreas}
              tables={choices.tables}
              contributions={choices.istanze}
              onSave={async (v) => {
                const created = await create.mutateAsync(bodyOf(v));
                void navigate(paths.objective.href(created.id));
              }}
            />
          )}
        </>
      )}
    </RequireRole>
  );
}
