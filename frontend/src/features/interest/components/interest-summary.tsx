import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '../../../lib/format';
import type { ExpressionOfInterest } from '../types';

/** What an expression of interest asks, read-only: the tables with their delegates, the RUNTS declaration, the note, when it was sent. */
export function InterestSummary({
  expression,
  tableName,
  personName,
}: {
  expression: ExpressionOfInterest;
  tableName: (id: string) => string;
  personName: (id: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const at = (iso: string) => `${formatDate(iso, i18n.language)}, ${formatTime(iso, i18n.language)}`;
  return (
    <dl className="zonale-dl">
      <dt>{t('interest.summary.tables')}</dt>
      <dd>
        <ul className="mb-0 ps-3">
          {expression.tableChoices.map((c) => (
            <li key={c.tableId}>
              <span className="fw-semibold d-block">{tableName(c.tableId)}</span>
              <span className="d-block">{t('interest.summary.titular', { name: personName(c.titularParticipantId) })}</span>
              {c.substituteParticipantId ? (
                <span className="d-block">{t('interest.summary.substitute', { name: personName(c.substituteParticipantId) })}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t('interest.summary.runts')}</dt>
      <dd>
        {expression.runtsRegistered
          ? expression.runtsNumber
            ? t('interest.summary.runtsYesNumber', { number: expression.runtsNumber })
            : t('interest.summary.runtsYes')
          : t('interest.summary.runtsNo')}
      </dd>
      {expression.note ? (
        <>
          <dt>{t('interest.summary.note')}</dt>
          <dd className="zonale-prewrap">{expression.note}</dd>
        </>
      ) : null}
      {expression.submittedAt ? (
        <>
          <dt>{t('interest.summary.submittedAt')}</dt>
          <dd>{at(expression.submittedAt)}</dd>
        </>
      ) : null}
      {expression.decidedAt ? (
        <>
          <dt>{t('interest.summary.decidedAt')}</dt>
          <dd>{at(expression.decidedAt)}</dd>
        </>
      ) : null}
      {expression.withdrawnAt ? (
        <>
          <dt>{t('interest.summary.withdrawnAt')}</dt>
          <dd>{at(expression.withdrawnAt)}</dd>
        </>
      ) : null}
    </dl>
  );
}
