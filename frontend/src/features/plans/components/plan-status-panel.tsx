import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useChangePlanStatus } from '../api/change-plan-status';
import type { Plan } from '../types';
import { PlanStatusControl } from './plan-status-control';

/** The plan office moves the plan to its next status (approval goes through its own page); `onNotice` hears the outcome. */
export function PlanStatusPanel({ plan, onNotice, onReload }: { plan: Plan; onNotice: (text: string) => void; onReload: () => void }) {
  const { t } = useTranslation();
  const changeStatus = useChangePlanStatus(plan.id);
  return (
    <PlanStatusControl
      key={plan.version}
      plan={plan}
      onChange={async (next) => {
        await changeStatus.mutateAsync({ status: next, version: plan.version });
        onNotice(t('plans.statusControl.changed', { status: t(`plans.status.${next}`) }));
      }}
      onReload={onReload}
      approvalLink={
        <Link to={paths.planApproval.href(plan.id)} className="btn btn-primary">
          {t('plans.statusControl.recordApproval')}
        </Link>
      }
    />
  );
}
