import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { formatDate, formatMonth, formatTime } from '../../../lib/format';
import { groupByMonth } from '../lib';
import type { Session } from '../types';

/** Sessions listed under one heading per month: upcoming first, soonest first; past ones under their own heading, latest first. */
export function SessionList({ sessions, headingLevel = 3, now = Date.now() }: { sessions: Session[]; headingLevel?: 3 | 4; now?: number }) {
  const { t } = useTranslation();
  const upcoming = sessions.filter((s) => Date.parse(s.endsAt) >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = sessions.filter((s) => Date.parse(s.endsAt) < now).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const PastHeading = `h${headingLevel}` as const;
  return (
    <div className="zonale-session-list">
      <MonthGroups sessions={upcoming} level={headingLevel} prefix="upcoming" />
      {past.length > 0 ? (
        <section aria-labelledby="sessions-past" className="mt-4">
          <PastHeading id="sessions-past" className="h4">
            {t('sessions.list.past')}
          </PastHeading>
          <MonthGroups sessions={past} level={(headingLevel + 1) as 4 | 5} prefix="past" latestFirst />
        </section>
      ) : null}
    </div>
  );
}

function MonthGroups({ sessions, level, prefix, latestFirst = false }: { sessions: Session[]; level: 3 | 4 | 5; prefix: string; latestFirst?: boolean }) {
  const { t, i18n } = useTranslation();
  const Heading = `h${level}` as const;
  return (
    <>
      {(latestFirst
        ? groupByMonth(sessions)
            .reverse()
            .map(([m, items]): [string, Session[]] => [m, [...items].reverse()])
        : groupByMonth(sessions)
      ).map(([month, items]) => (
        <section key={month} aria-labelledby={`${prefix}-month-${month}`} className="mb-4">
          <Heading id={`${prefix}-month-${month}`} className="h5 text-capitalize border-bottom pb-1">
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
    </>
  );
}
