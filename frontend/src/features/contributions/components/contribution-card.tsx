import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { Contribution } from '../types';
import { ContributionOutcomeBadge, ContributionStatusBadge } from './contribution-status-badge';

/**
 * One istanza in a list: its reference, title, organisation and state, and the plan office's answer with its reasoning.
 * `title` is the heading content (a link, in lists); `names` resolve the table and policy areas.
 */
export function ContributionCard({
  contribution: c,
  title,
  names = {},
  showText = false,
  headingLevel = 3,
  children,
}: {
  contribution: Contribution;
  title?: ReactNode;
  names?: Record<string, string>;
  showText?: boolean;
  /** The level of the title under the page's headings. */
  headingLevel?: 2 | 3;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const about = [c.tableId ? names[c.tableId] : undefined, ...c.policyAreaIds.map((id) => names[id])].filter(Boolean);
  return (
    <article className="zonale-card zonale-contribution" aria-labelledby={`contribution-${c.id}`}>
      <p className="small mb-1 d-flex flex-wrap gap-2 align-items-center">
        {c.reference ? <span className="fw-semibold">{c.reference}</span> : null}
        <ContributionStatusBadge status={c.status} />
        {c.submittedAt ? <span>{t('contributions.card.submittedOn', { date: formatDate(c.submittedAt, i18n.language) })}</span> : null}
      </p>
      <Heading id={`contribution-${c.id}`} className="h5 mb-1">
        {title ?? c.title}
      </Heading>
      <p className="small mb-2">
        {c.organizationName}
        {about.length ? <span className="d-block text-secondary">{about.join(' · ')}</span> : null}
      </p>
      {showText ? <p className="zonale-contribution-text">{c.text}</p> : null}
      {c.status === 'ANSWERED' && c.outcome ? (
        <div className="zonale-contribution-answer">
          <p className="mb-1">
            <span className="fw-semibold">{t('contributions.card.answer')}</span> <ContributionOutcomeBadge outcome={c.outcome} />
            {c.answeredAt ? <span className="small"> {formatDate(c.answeredAt, i18n.language)}</span> : null}
          </p>
          <p className="mb-0">{c.reasoning}</p>
        </div>
      ) : null}
      {children}
    </article>
  );
}
