import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Call } from '../types';
import { CallDeadline } from './call-deadline';
import { CallStatusBadge } from './call-status-badge';

/** A plan's calls, each with its status and deadline, linked to its page. */
export function CallList({ calls, hrefOf, now }: { calls: Call[]; hrefOf: (call: Call) => string; now?: number }) {
  const { t } = useTranslation();
  if (calls.length === 0) return <p>{t('calls.list.empty')}</p>;
  return (
    <ul className="list-unstyled zonale-manage-list">
      {calls.map((c) => (
        <li key={c.id} className="zonale-manage-item" data-testid={`call-${c.id}`}>
          <Link to={hrefOf(c)} className="fw-semibold d-block">
            {c.title}
          </Link>
          <CallStatusBadge call={c} now={now} />{' '}
          <span className="small">
            {t('calls.deadline.label')}: <CallDeadline call={c} now={now} />
          </span>
        </li>
      ))}
    </ul>
  );
}
