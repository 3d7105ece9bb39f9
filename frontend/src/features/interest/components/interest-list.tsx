import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatTime } from '../../../lib/format';
import type { ExpressionOfInterest } from '../types';
import { InterestStatusBadge } from './interest-status';

/** The plan office's list of a call's expressions of interest: organisation, state, late flag, when sent. Drafts are left out. */
export function InterestList({ expressions, hrefOf }: { expressions: ExpressionOfInterest[]; hrefOf: (e: ExpressionOfInterest) => string }) {
  const { t, i18n } = useTranslation();
  const received = expressions.filter((e) => e.status !== 'DRAFT');
  const late = received.filter((e) => e.late).length;
  if (received.length === 0) return <p>{t('interest.list.empty')}</p>;
  return (
    <>
      <p className="small">
        {t('interest.list.count', { count: received.length })}
        {late > 0 ? ` ${t('interest.list.lateCount', { count: late })}` : ''}
      </p>
      <ul className="list-unstyled zonale-manage-list">
        {received.map((e) => (
          <li key={e.id} className="zonale-manage-item zonale-manage-row" data-testid={`expression-${e.id}`}>
            <div>
              <Link to={hrefOf(e)} className="fw-semibold d-block">
                {e.organizationName}
              </Link>
              <InterestStatusBadge expression={e} />{' '}
              {e.submittedAt ? (
                <span className="small">
                  {t('interest.list.submittedAt', { when: `${formatDate(e.submittedAt, i18n.language)}, ${formatTime(e.submittedAt, i18n.language)}` })}
                </span>
              ) : null}
            </div>
            <span className="small">{t('interest.list.tables', { count: e.tableChoices.length })}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
