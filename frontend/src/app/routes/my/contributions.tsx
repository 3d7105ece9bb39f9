import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { getPlanContributionsQueryOptions } from '../../../features/contributions/api/get-plan-contributions';
import { ContributionCard } from '../../../features/contributions/components/contribution-card';
import { getPlansQueryOptions } from '../../../features/plans/api/get-plans';
import { RequireRole } from '../../require-role';
import type { Account } from '../../../features/account/types';

/** "Le mie istanze": the istanze of the user's organisation in every plan of its ambiti, drafts included, with their answer. */
export default function MyContributionsRoute() {
  return <RequireRole roles={['ets', 'comune', 'asst']}>{(account) => <MyContributions account={account} />}</RequireRole>;
}

function MyContributions({ account }: { account: Account }) {
  const { t } = useTranslation();
  const plans = useQueries({ queries: account.districtIds.map((d) => getPlansQueryOptions(d)) });
  const planList = plans.flatMap((q) => q.data?.items ?? []).filter((p) => p.status !== 'DRAFT');
  const lists = useQueries({
    queries: planList.map((p) => getPlanContributionsQueryOptions(p.id, { organizationId: account.organizationId }, account.userId)),
  });
  const loading = plans.some((q) => q.isPending) || lists.some((q) => q.isPending);
  const failed = plans.find((q) => q.isError)?.error ?? lists.find((q) => q.isError)?.error;
  const groups = planList.map((p, i) => ({ plan: p, items: lists[i]?.data?.items ?? [] }));
  const consulting = planList.filter((p) => p.status === 'CONSULTATION');

  return (
    <>
      <h1>{t('contributions.my.title')}</h1>
      <p>{t('contributions.my.intro')}</p>
      {consulting.length ? (
        <ul className="list-unstyled zonale-actions">
          {consulting.map((p) => (
            <li key={p.id}>
              <Link to={paths.contributionNew.href(p.id)} className="btn btn-primary">
                {t('contributions.my.newFor', { plan: p.title })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <div aria-live="polite">
        {loading ? <Loading /> : null}
        {failed ? <ProblemAlert error={failed} /> : null}
      </div>
      {!loading && !failed && groups.every((g) => g.items.length === 0) ? <p>{t('contributions.my.empty')}</p> : null}
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <section key={g.plan.id} aria-labelledby={`my-plan-${g.plan.id}`} className="mb-4">
            <h2 id={`my-plan-${g.plan.id}`} className="h4">
              <Link to={paths.planContributions.href(g.plan.id)}>{g.plan.title}</Link>
            </h2>
            <ul className="list-unstyled">
              {g.items.map((c) => (
                <li key={c.id} className="mb-3">
                  <ContributionCard contribution={c} title={<Link to={paths.contribution.href(c.id)}>{c.title}</Link>} />
                </li>
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}
