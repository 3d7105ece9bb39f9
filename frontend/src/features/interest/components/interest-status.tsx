import { useTranslation } from 'react-i18next';
import type { ExpressionOfInterest } from '../types';

const COLOURS: Record<ExpressionOfInterest['status'], string> = {
  DRAFT: 'bg-secondary',
  SUBMITTED: 'bg-primary',
  ADMITTED: 'bg-success',
  ADMITTED_CONSULTATIVE: 'bg-success',
  REJECTED: 'bg-danger',
  WITHDRAWN: 'bg-secondary',
};

/** The state of an expression of interest as a badge, with the late flag. */
export function InterestStatusBadge({ expression }: { expression: Pick<ExpressionOfInterest, 'status' | 'late'> }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`badge ${COLOURS[expression.status]}`}>{t(`interest.status.${expression.status}`)}</span>
      {expression.late ? (
        <>
          {' '}
          <span className="badge zonale-badge-late">{t('interest.late')}</span>
        </>
      ) : null}
    </>
  );
}

const TONE: Record<ExpressionOfInterest['status'], string> = {
  DRAFT: 'alert-warning',
  SUBMITTED: 'alert-info',
  ADMITTED: 'alert-success',
  ADMITTED_CONSULTATIVE: 'alert-success',
  REJECTED: 'alert-danger',
  WITHDRAWN: 'alert-secondary',
};

/** The state and outcome in words ("Ammessa: …", "Ammessa come consultiva …", "Non ammessa: motivo"), with the late flag. */
export function InterestOutcome({ expression }: { expression: Pick<ExpressionOfInterest, 'status' | 'late' | 'decisionReason'> }) {
  const { t } = useTranslation();
  const text =
    expression.status === 'REJECTED' ? t('interest.outcome.REJECTED', { reason: expression.decisionReason ?? '' }) : t(`interest.outcome.${expression.status}`);
  return (
    <div className={`alert ${TONE[expression.status]} zonale-outcome`} data-testid="interest-outcome">
      <span className="fw-semibold">{text}</span>
      {expression.late ? (
        <>
          {' '}
          <span className="badge zonale-badge-late">{t('interest.late')}</span>
        </>
      ) : null}
    </div>
  );
}
