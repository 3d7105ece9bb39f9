import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { useMinutes } from '../api/get-minutes';
import { ErrataList } from './errata';

/** The approved minutes of a session, for everyone; nothing while there are none. */
export function MinutesView({ sessionId, userId }: { sessionId: string; userId?: string }) {
  const { t, i18n } = useTranslation();
  const minutes = useMinutes(sessionId, userId);
  if (!minutes.data || minutes.data.status !== 'APPROVED') return null;
  return (
    <section aria-labelledby="minutes-title" className="mt-4">
      <h2 id="minutes-title">{t('minutes.view.title')}</h2>
      <p className="small text-secondary">
        {t('minutes.view.approved', { date: formatDate(minutes.data.approvedAt ?? minutes.data.updatedAt, i18n.language) })}
      </p>
      {minutes.data.body.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i} className="zonale-minutes">
          {paragraph}
        </p>
      ))}
      <ErrataList errata={minutes.data.errata.filter((e) => e.status === 'APPROVED')} />
    </section>
  );
}
