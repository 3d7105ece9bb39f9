import { Badge } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { ContributionOutcome, ContributionStatus } from '../types';

const STATUS_COLORS: Record<ContributionStatus, string> = { DRAFT: 'secondary', SUBMITTED: 'primary', ANSWERED: 'success', WITHDRAWN: 'dark' };
const OUTCOME_COLORS: Record<ContributionOutcome, string> = { ACCEPTED: 'success', TAKEN_INTO_ACCOUNT: 'primary', NOT_PERTINENT: 'secondary' };

/** The state of an istanza as a coloured badge with its name. */
export function ContributionStatusBadge({ status }: { status: ContributionStatus }) {
  const { t } = useTranslation();
  return <Badge color={STATUS_COLORS[status]}>{t(`contributions.status.${status}`)}</Badge>;
}

/** The plan office's answer as a badge: accolta, tenuta in considerazione, non pertinente. */
export function ContributionOutcomeBadge({ outcome }: { outcome: ContributionOutcome }) {
  const { t } = useTranslation();
  return <Badge color={OUTCOME_COLORS[outcome]}>{t(`contributions.outcome.${outcome}`)}</Badge>;
}
