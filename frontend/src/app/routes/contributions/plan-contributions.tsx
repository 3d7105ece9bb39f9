import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { useMe } from '../../../features/account/api/get-me';
import { CONTRIBUTIONS_PAGE, usePlanContributions } from '../../../features/contributions/api/get-plan-contributions';
import { ContributionCard } from '../../../features/contributions/components/contribution-card';
import { ContributionFilters } from '../../../features/contributions/components/contribution-filters';
import type { ContributionFilters as Filters } from '../../../features/contributions/types';
import { usePlan } from '../../../features/plans/api/get-plan';
import { useAuthUser } from '../../../lib/auth';
import { useCanManage } from '../../use-can-manage';
import { usePlanChoices } from './use-plan-choices';

const CONTRIBUTOR_ROLES = ['ets', 'comune', 'asst'];

/**
 * "Istanze" of a plan: the public list of answered istanze with their answer; for the plan office, every submitted one
 * with filters, each opening its answer form; for an organisation of the ambito, the way to a new istanza.
 */
export default function PlanContributionsRoute() {
  const { planId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const user = useAuthUser();
  const me = useMe(user?.profile.sub);
  const plan = usePlan(planId);
  const office = useCanManage(plan.data?.districtId);
  const choices = usePlanChoices(planId, i18n.language);
  const [filters, setFilters] = useState<Filters>({});
  const [orgName, setOrgName] = useState<string>();
  const effective: Filters = office ? filters : { status: 'ANSWERED', offset: filters.offset };
  const list = usePlanContributions(planId, effective, user?.profile.sub);

  if (plan.isPending) return <Loading />;
  if (plan.isError) return <ProblemAlert error={plan.error} />;
  const contributor = !!me.data && me.data.roles.some((r) => CONTRIBUTOR_ROLES.includes(r)) && me.data.districtIds.includes(plan.data.districtId);
  const open = plan.data.status === 'CONSULTATION';
  const offset = effective.offset ?? 0;
  const total = list.data?.total ?? 0;

  return (
    <>
      <PageNav crumbs={[{ label: plan.data.title, to: paths.plan.href(plan.data.id) }]} current={t('contributions.plan.title')} />
      <h1>{t('contributions.plan.title')}</h1>
      <p>{t(office ? 'contributions.plan.officeIntro' : 'contributions.plan.intro')}</p>
      {contributor ? (
        <p className="zonale-actions">
          {open ? (
            <Link to={paths.contributionNew.href(planId)} className="btn btn-primary">
              {t('contributions.plan.new')}
            </Link>
          ) : null}
          <Link to={paths.myContributions.href()} className="btn btn-outline-primary">
            {t('contributions.my.title')}
          </Link>
        </p>
      ) : null}
      {contributor && !open ? <p>{t('contributions.plan.closed')}</p> : null}
      {office ? (
        <ContributionFilters value={filters} tables={choices.tables} policyAreas={choices.policyAreas} organizationName={orgName} onChange={setFilters} />
      ) : null}
      <div aria-live="polite" aria-busy={list.isFetching}>
        {list.isPending ? <Loading /> : null}
        {list.isError ? <ProblemAlert error={list.error} /> : null}
        {list.data ? <p className="small">{t('contributions.plan.count', { count: total })}</p> : null}
      </div>
      {list.data && list.data.items.length === 0 ? <p>{t(office ? 'contributions.plan.emptyOffice' : 'contributions.plan.empty')}</p> : null}
      <ul className="list-unstyled">
        {list.data?.items.map((c) => (
          <li key={c.id} className="mb-3">
            <ContributionCard
              contribution={c}
              headingLevel={2}
              names={choices.names}
              showText={!office}
              title={<Link to={paths.contribution.href(c.id)}>{c.title}</Link>}
            >
              {office && filters.organizationId !== c.organizationId ? (
                <button
                  type="button"
                  className="btn btn-sm btn-link p-0"
                  onClick={() => {
                    setOrgName(c.organizationName);
                    setFilters({ ...filters, organizationId: c.organizationId, offset: 0 });
                  }}
                >
                  {t('contributions.filters.onlyThis', { name: c.organizationName })}
                </button>
              ) : null}
            </ContributionCard>
          </li>
        ))}
      </ul>
      {total > CONTRIBUTIONS_PAGE ? (
        <nav aria-label={t('contributions.plan.pages')} className="zonale-actions">
          <button
            type="button"
            className="btn btn-outline-primary"
            disabled={offset === 0}
            onClick={() => setFilters({ ...filters, offset: Math.max(0, offset - CONTRIBUTIONS_PAGE) })}
          >
            {t('contributions.plan.previous')}
          </button>
          <button
            type="button"
            className="btn btn-outline-primary"
            disabled={offset + CONTRIBUTIONS_PAGE >= total}
            onClick={() => setFilters({ ...filters, offset: offset + CONTRIBUTIONS_PAGE })}
          >
            {t('contributions.plan.next')}
          </button>
        </nav>
      ) : null}
    </>
  );
}
