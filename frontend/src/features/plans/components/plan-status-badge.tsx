import { Badge } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '../types';

const COLORS: Record<PlanStatus, string> = {
  DRAFT: 'secondary',
  CONSULTATION: 'warning',
  APPROVED: 'success',
  MONITORING: 'primary',
  CLOSED: 'dark',
};

/** The plan status as a coloured badge with its Italian (or English) name. */
export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return <Badge color={COLORS[status]}>{t(`plans.status.${status}`)}</Badge>;
}
