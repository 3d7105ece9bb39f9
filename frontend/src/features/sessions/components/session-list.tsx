import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { formatDate, formatMonth, formatTime } from '../../../lib/format';
import { groupByMonth } from '../lib';
import type { Session } from '../types';

/** Sessions listed under one heading per month. */
export function SessionList({ sessions, headingLevel = 3 }: { sessions: Session[]; headingLevel?: 3 | 4 }) {
  const { t, i18n } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="zonale-session-list">
      {groupByMonth(sessions).map(([month, items]) => (
        <section key={month} aria-labelledby={`month-${month}`} className="mb-4">
          <Heading id={`month-${month}`} className="h5 text-capitalize border-bottom pb-1">
            {formatMonth(month, i18n.language)}
          </Heading>
          <ul className="list-unstyled mb-0">
            {items.map((s) => (
              <li key={s.id} className="zonale-session-item">
                <Link to={paths.session.href(s.id)} className={s.status === 'CANCELLED' ? 'fw-semibold text-decoration-line-through' : 'fw-semibold'}>
                  {s.title}
                </Link>
                {s.status === 'CANCELLED' ? <span className="badge bg-danger ms-2">{t('sessions.status.CANCELLED')}</span> : null}
                <span className="d-block small">
                  <time dateTime={s.startsAt}>
                    {formatDate(s.startsAt, i18n.language)}, {formatTime(s.startsAt, i18n.language)}
                  </time>
                  {' · '}
                  {t(`sessions.mode.${s.mode}`)}
                  {s.status === 'HELD' ? ` · ${t('sessions.status.HELD')}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
