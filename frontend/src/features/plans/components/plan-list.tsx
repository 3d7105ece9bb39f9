import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { usePlans } from '../api/get-plans';
import { PlanStatusBadge } from './plan-status-badge';

/** The published plans of one ambito, newest period first. */
export function PlanList({ districtId, headingLevel = 3 }: { districtId: string; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  const query = usePlans(districtId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ProblemAlert error={query.error} />;
  const plans = [...query.data.items].sort((a, b) => b.startYear - a.startYear);
  if (plans.length === 0) return <p className="text-secondary">{t('plans.list.empty')}</p>;
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="list-unstyled mb-0">
      {plans.map((plan) => (
        <li key={plan.id} className="zonale-plan-item">
          <Heading className="h6 mb-1">
            <Link to={paths.plan.href(plan.id)}>{plan.title}</Link>
          </Heading>
          <span className="me-2">{t('plans.list.period', { start: plan.startYear, end: plan.endYear })}</span>
          <PlanStatusBadge status={plan.status} />
        </li>
      ))}
    </ul>
  );
}
