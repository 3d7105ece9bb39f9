import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { usePlanObjectives } from '../../../features/objectives/api/get-plan-objectives';
import { ObjectiveCard } from '../../../features/objectives/components/objective-card';
import { OBJECTIVE_STATUSES } from '../../../features/objectives/lib';
import type { ObjectiveFilters, ObjectiveStatus } from '../../../features/objectives/types';
import { usePlan } from '../../../features/plans/api/get-plan';
import { useAuthUser } from '../../../lib/auth';
import { useCanManage } from '../../use-can-manage';
import { useObjectiveChoices } from './use-objective-choices';

/** "Obiettivi e indicatori" of a plan: by policy area, each objective with its status and the progress of its indicators. */
export default function PlanObjectivesRoute() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const user = useAuthUser();
  const plan = usePlan(planId);
  const office = useCanManage(plan.data?.districtId);
  const choices = useObjectiveChoices(planId, user?.profile.sub);
  const [filters, setFilters] = useState<ObjectiveFilters>({});
  const list = usePlanObjectives(planId, filters);

  if (plan.isPending) return <Loading />;
  if (plan.isError) return <ProblemAlert error={plan.error} />;
  const items = list.data?.items ?? [];
  const areaIds = [...new Set(items.map((o) => o.policyAreaId))];

  return (
    <>
      <PageNav crumbs={[{ label: plan.data.title, to: paths.plan.href(plan.data.id) }]} current={t('objectives.plan.title')} />
      <h1>{t('objectives.plan.title')}</h1>
      <p>{t('objectives.plan.intro')}</p>
      <p className="zonale-actions">
        {office && plan.data.status !== 'CLOSED' ? (
          <Link to={paths.objectiveNew.href(planId)} className="btn btn-primary">
            {t('objectives.plan.new')}
          </Link>
        ) : null}
        <Link to={paths.planApproval.href(planId)} className="btn btn-outline-primary">
          {t('approval.page.title')}
        </Link>
      </p>
      <form className="row g-2 mb-3" aria-label={t('objectives.plan.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="col-12 col-md-6">
          <label htmlFor="filter-area" className="form-label">
            {t('objectives.form.policyArea')}
          </label>
          <select
            id="filter-area"
            className="form-select"
            value={filters.policyAreaId ?? ''}
            onChange={(e) => setFilters({ ...filters, policyAreaId: e.target.value || undefined })}
          >
            <option value="">{t('objectives.plan.any')}</option>
            {choices.policyAreas.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="col-12 col-md-6">
          <label htmlFor="filter-status" className="form-label">
            {t('objectives.form.status')}
          </label>
          <select
            id="filter-status"
            className="form-select"
            value={filters.status ?? ''}
            onChange={(e) => setFilters({ ...filters, status: (e.target.value || undefined) as ObjectiveStatus | undefined })}
          >
            <option value="">{t('objectives.plan.any')}</option>
            {OBJECTIVE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`objectives.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      <div aria-live="polite" aria-busy={list.isFetching}>
        {list.isPending ? <Loading /> : null}
        {list.isError ? <ProblemAlert error={list.error} /> : null}
        {list.data ? <p className="small">{t('objectives.plan.count', { count: list.data.total })}</p> : null}
      </div>
      {list.data && items.length === 0 ? <p>{t('objectives.plan.empty')}</p> : null}
      {areaIds.map((areaId) => (
        <section key={areaId} className="mb-4" aria-labelledby={`area-${areaId}`}>
          <h2 id={`area-${areaId}`} className="h3">
            {choices.names[areaId] ?? t('objectives.plan.area')}
          </h2>
          <ul className="list-unstyled">
            {items
              .filter((o) => o.policyAreaId === areaId)
              .map((o) => (
                <li key={o.id} className="mb-3">
                  <ObjectiveCard objective={o} title={<Link to={paths.objective.href(o.id)}>{o.title}</Link>} />
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
