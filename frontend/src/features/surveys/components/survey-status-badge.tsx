import { useTranslation } from 'react-i18next';
import type { SurveyStatus } from '../types';

const COLOUR: Record<SurveyStatus, string> = { DRAFT: 'bg-warning text-dark', PUBLISHED: 'bg-success', CLOSED: 'bg-secondary' };

/** "Bozza", "Pubblicato" or "Chiuso" as a badge. */
export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${COLOUR[status]}`}>{t(`surveys.status.${status}`)}</span>;
}
