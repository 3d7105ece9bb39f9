import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { useObjective } from '../../../features/objectives/api/get-objective';
import { useUpdateObjective } from '../../../features/objectives/api/save-objective';
import { ObjectiveForm, bodyOf } from '../../../features/objectives/components/objective-form';
import type { Objective } from '../../../features/objectives/types';
import { usePlan } from '../../../features/plans/api/get-plan';
import { useAuthUser } from '../../../lib/auth';
import { RequireRole } from '../../require-role';
import { useObjectiveChoices } from './use-objective-choices';

function Editor({ objective, onReload }: { objective: Objective; onReload: () => void }) {
  const navigate = useNavigate();
  const user = useAuthUser();
  const choices = useObjectiveChoices(objective.planId, user?.profile.sub);
  const update = useUpdateObjective(objective);
  if (choices.loading) return <Loading />;
  return (
    <ObjectiveForm
      key={objective.version}
      objective={objective}
      policyAreas={choices.policyAreas}
      tables={choices.tables}
      contributions={choices.istanze}
      onReload={onReload}
      onSave={async (v) => {
        await update.mutateAsync({ ...bodyOf(v), version: objective.version });
        void navigate(paths.objective.href(objective.id));
      }}
    />
  );
}

/** The plan office edits an objective (409 on a stale version offers to reload). */
export default function ObjectiveEditRoute() {
  const { objectiveId = '' } = useParams();
  const { t } = useTranslation();
  const objective = useObjective(objectiveId);
  const plan = usePlan(objective.data?.planId ?? '');

  if (objective.isPending) return <Loading />;
  if (objective.isError) return <ProblemAlert error={objective.error} />;
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <ProblemAlert error={plan.error} />;
  return (
    <RequireRole roles={['consortium']} districtId={plan.data.districtId}>
      {() => (
        <>
          <p className="text-uppercase small fw-semibold text-secondary mb-1">
            <Link to={paths.objective.href(objectiveId)}>{objective.data.title}</Link>
          </p>
          <h1>{t('objectives.form.edit')}</h1>
          <Editor objective={objective.data} onReload={() => void objective.refetch()} />
        </>
      )}
    </RequireRole>
  );
}
