import { Badge } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { ObjectiveStatus } from '../types';

const COLORS: Record<ObjectiveStatus, string> = {
  PLANNED: 'secondary',
  IN_PROGRESS: 'primary',
  ACHIEVED: 'success',
  PARTLY_ACHIEVED: 'warning',
  NOT_ACHIEVED: 'danger',
  DROPPED: 'dark',
};

/** Where an objective stands, as a coloured badge with its name. */
export function ObjectiveStatusBadge({ status }: { status: ObjectiveStatus }) {
  const { t } = useTranslation();
  return <Badge color={COLORS[status]}>{t(`objectives.status.${status}`)}</Badge>;
}
