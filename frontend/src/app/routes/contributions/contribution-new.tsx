import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { useCreateContribution } from '../../../features/contributions/api/create-contribution';
import { ContributionForm } from '../../../features/contributions/components/contribution-form';
import { usePlan } from '../../../features/plans/api/get-plan';
import { RequireRole } from '../../require-role';
import { usePlanChoices } from './use-plan-choices';

/** "Nuova istanza": an organisation of the plan's ambito drafts an istanza; attachments and sending come next, on its page. */
export default function ContributionNewRoute() {
  const { planId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const plan = usePlan(planId);
  const choices = usePlanChoices(planId, i18n.language);
  const create = useCreateContribution(planId);

  if (plan.isPending) return <Loading />;
  if (plan.isError) return <ProblemAlert error={plan.error} />;
  return (
    <RequireRole roles={['ets', 'comune', 'asst']} districtId={plan.data.districtId}>
      {() => (
        <>
          <p className="text-uppercase small fw-semibold text-secondary mb-1">
            <Link to={paths.planContributions.href(planId)}>{plan.data.title}</Link>
          </p>
          <h1>{t('contributions.form.newTitle')}</h1>
          <p>{t('contributions.form.newIntro')}</p>
          {choices.loading ? (
            <Loading />
          ) : (
            <ContributionForm
              tables={choices.tables}
              sessions={choices.sessions}
              policyAreas={choices.policyAreas}
              onSubmit={async (body) => {
                const created = await create.mutateAsync(body);
                void navigate(paths.contribution.href(created.id));
              }}
            />
          )}
        </>
      )}
    </RequireRole>
  );
}
