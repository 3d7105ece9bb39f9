import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { formatDate, formatMonth, formatTime, romeDay, weekdayNames } from '../../../lib/format';
import { PHONE_QUERY, useMediaQuery } from '../../../lib/media';
import { monthWeeks, shiftMonth } from '../lib';
import type { Session } from '../types';

type Props = { sessions: Session[]; month: string; onMonthChange: (month: string) => void };

/**
 * A month grid (Monday first) with each day's sessions as links; days are in Europe/Rome. On phones the same month
 * is an agenda: only the days with incontri, each incontro a full-width link naming its day, time and title.
 */
export function MonthGrid({ sessions, month, onMonthChange }: Props) {
  const { t, i18n } = useTranslation();
  const byDay = new Map<string, Session[]>();
  for (const s of [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = romeDay(s.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), s]);
  }
  const shortNames = weekdayNames(i18n.language, 'short');
  const longNames = weekdayNames(i18n.language, 'long');
  const monthLabel = formatMonth(month, i18n.language);
  const phone = useMediaQuery(PHONE_QUERY);
  const agendaDays = [...byDay.entries()].filter(([day]) => day.startsWith(month));
  const fullName = (s: Session) => `${formatDate(s.startsAt, i18n.language)}, ${formatTime(s.startsAt, i18n.language)} – ${s.title}`;
  return (
    <div className="zonale-month">
      <div className="d-flex align-items-center justify-content-between mb-2">
        <button type="button" className="btn btn-outline-primary btn-sm zonale-month-nav" onClick={() => onMonthChange(shiftMonth(month, -1))}>
          <span aria-hidden="true">‹</span>
          <span className="zonale-nav-label"> {t('sessions.calendar.previousMonth')}</span>
        </button>
        <p className="h5 mb-0 text-capitalize" aria-live="polite">
          {monthLabel}
        </p>
        <button type="button" className="btn btn-outline-primary btn-sm zonale-month-nav" onClick={() => onMonthChange(shiftMonth(month, 1))}>
          <span className="zonale-nav-label">{t('sessions.calendar.nextMonth')} </span>
          <span aria-hidden="true">›</span>
        </button>
      </div>
      {phone ? (
        <section aria-label={t('sessions.calendar.monthCaption', { month: monthLabel })} className="zonale-agenda">
          {agendaDays.length === 0 ? <p>{t('sessions.calendar.monthEmpty')}</p> : null}
          {agendaDays.map(([day, items]) => (
            <div key={day} className="zonale-agenda-day">
              <h3 className="h6 text-capitalize mb-1">{formatDate(items[0]!.startsAt, i18n.language)}</h3>
              <ul className="list-unstyled mb-3">
                {items.map((s) => (
                  <li key={s.id}>
                    <Link to={paths.session.href(s.id)} className="zonale-agenda-item" aria-label={fullName(s)}>
                      <time dateTime={s.startsAt} className="fw-semibold">
                        {formatTime(s.startsAt, i18n.language)}
                      </time>{' '}
                      {s.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ) : (
        <table className="zonale-month-grid">
          <caption className="visually-hidden">{t('sessions.calendar.monthCaption', { month: monthLabel })}</caption>
          <thead>
            <tr>
              {shortNames.map((name, i) => (
                <th scope="col" key={name}>
                  <abbr title={longNames[i]}>{name}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(month).map((week, w) => (
              <tr key={w}>
                {week.map((day, i) => {
                  if (!day) return <td key={`empty-${i}`} className="is-outside" />;
                  const items = byDay.get(day) ?? [];
                  return (
                    <td key={day} className={items.length ? 'has-sessions' : undefined}>
                      <span className="zonale-day">{Number(day.slice(8))}</span>
                      {items.length > 0 ? (
                        <ul className="list-unstyled mb-0">
                          {items.map((s) => (
                            <li key={s.id}>
                              <Link to={paths.session.href(s.id)} title={s.title} aria-label={fullName(s)}>
                                <time dateTime={s.startsAt}>{formatTime(s.startsAt, i18n.language)}</time>
                                <span className="zonale-month-title"> {s.title}</span>
                              </Link>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
