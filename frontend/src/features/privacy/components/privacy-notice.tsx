import { useTranslation } from 'react-i18next';

/**
 * The retention the notice states: the defaults of zonale.privacy.* (docs/privacy.md). A deployment that
 * changes them changes this notice too.
 */
export const NOTICE_RETENTION = { auditLogYears: 10, inactiveParticipantYears: 5 } as const;

const SECTIONS = ['controller', 'dpo', 'purposes', 'data', 'recipients'] as const;

/** The privacy notice (informativa, art. 13 GDPR): a template for the ambito's data controller to complete. */
export function PrivacyNotice() {
  const { t } = useTranslation();
  return (
    <article aria-labelledby="privacy-notice-title">
      <p className="zonale-kicker">{t('privacy.notice.kicker')}</p>
      <h1 id="privacy-notice-title">{t('privacy.notice.title')}</h1>
      <p className="lead">{t('privacy.notice.subtitle')}</p>
      <p className="alert alert-warning" role="note">
        {t('privacy.notice.template')}
      </p>
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`privacy-${section}`}>
          <h2 id={`privacy-${section}`} className="h4 mt-4">
            {t(`privacy.notice.${section}Title`)}
          </h2>
          <p>{t(`privacy.notice.${section}`)}</p>
        </section>
      ))}
      <section aria-labelledby="privacy-retention">
        <h2 id="privacy-retention" className="h4 mt-4">
          {t('privacy.notice.retentionTitle')}
        </h2>
        <p>{t('privacy.notice.retention')}</p>
        <ul>
          <li>{t('privacy.notice.retentionAudit', { years: NOTICE_RETENTION.auditLogYears })}</li>
          <li>{t('privacy.notice.retentionPeople', { years: NOTICE_RETENTION.inactiveParticipantYears })}</li>
          <li>{t('privacy.notice.retentionMails')}</li>
          <li>{t('privacy.notice.retentionRecord')}</li>
        </ul>
      </section>
      {(['rights', 'provision'] as const).map((section) => (
        <section key={section} aria-labelledby={`privacy-${section}`}>
          <h2 id={`privacy-${section}`} className="h4 mt-4">
            {t(`privacy.notice.${section}Title`)}
          </h2>
          <p>{t(`privacy.notice.${section}`)}</p>
        </section>
      ))}
      <p className="small text-secondary">{t('privacy.notice.updated')}</p>
    </article>
  );
}
