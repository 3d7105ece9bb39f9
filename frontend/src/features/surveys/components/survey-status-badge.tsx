import { useTranslation } from 'react-i18next';
import type { SurveyStatus } from '../types';

const COLOUR: Record<SurveyStatus | 'EXPIRED', string> = {
  DRAFT: 'bg-warning text-dark',
  PUBLISHED: 'bg-success',
  CLOSED: 'bg-secondary',
  EXPIRED: 'bg-secondary',
};

/** Whether a published survey's deadline has passed, so that it no longer takes answers. */
export function surveyExpired(survey: { status: SurveyStatus; deadline?: string | null }, now: number = Date.now()): boolean {
  return survey.status === 'PUBLISHED' && !!survey.deadline && Date.parse(survey.deadline) < now;
}

/** "Bozza", "Pubblicato", "Scaduto" (published, deadline passed) or "Chiuso" as a badge. */
export function SurveyStatusBadge({ status, deadline }: { status: SurveyStatus; deadline?: string | null }) {
  const { t } = useTranslation();
  const shown = surveyExpired({ status, deadline }) ? 'EXPIRED' : status;
  return <span className={`badge ${COLOUR[shown]}`}>{t(`surveys.status.${shown}`)}</span>;
}
