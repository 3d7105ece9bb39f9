import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '../../../lib/format';
import type { Session } from '../types';

/** Date, time (Europe/Rome), mode, place or link, and agenda of one session; a cancelled one offers no link to join. */
export function SessionDetails({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <>
      <dl className="zonale-dl">
        <dt>{t('sessions.page.date')}</dt>
        <dd>
          <time dateTime={session.startsAt}>{formatDate(session.startsAt, lng)}</time>
        </dd>
        <dt>{t('sessions.page.time')}</dt>
        <dd>{t('sessions.page.timeRange', { start: formatTime(session.startsAt, lng), end: formatTime(session.endsAt, lng) })}</dd>
        <dt>{t('sessions.page.mode')}</dt>
        <dd>{t(`sessions.mode.${session.mode}`)}</dd>
        {session.place ? (
          <>
            <dt>{t('sessions.page.place')}</dt>
            <dd>{session.place}</dd>
          </>
        ) : null}
        {session.onlineUrl && session.status !== 'CANCELLED' ? (
          <>
            <dt>{t('sessions.page.link')}</dt>
            <dd>
              <a href={session.onlineUrl} rel="noopener noreferrer">
                {t('sessions.page.openLink')}
              </a>
            </dd>
          </>
        ) : null}
        <dt>{t('sessions.page.status')}</dt>
        <dd>{t(`sessions.status.${session.status}`)}</dd>
      </dl>
      <h2 className="h4 mt-4">{t('sessions.page.agenda')}</h2>
      {session.agenda.length === 0 ? (
        <p>{t('sessions.page.noAgenda')}</p>
      ) : (
        <ol>
          {session.agenda.map((item, i) => (
            <li key={i}>
              {item.title}
              {item.notes ? <span className="d-block small text-secondary">{item.notes}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
