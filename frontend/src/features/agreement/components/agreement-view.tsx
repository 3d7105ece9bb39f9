import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '../../../lib/format';
import type { Agreement } from '../types';
import { ScrollTable } from '../../../components/ui/scroll-table';

/** Above this many signatories the table starts folded, so a phone reaches what follows it. */
const FOLD_SIGNATORIES = 10;

/**
 * The accordo as everyone reads it: its data, summary and signatories; `children` (e.g. the ETS's adhesion card)
 * come between the data and the signatories, where a phone user sees them without scrolling past 50 comuni.
 */
export function AgreementView({ agreement, children }: { agreement: Agreement; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const date = (d?: string) => (d ? formatLocalDate(d, i18n.language) : t('agreement.view.none'));
  return (
    <>
      <dl className="zonale-dl">
        <dt>{t('agreement.view.status')}</dt>
        <dd>
          <span className={`badge ${agreement.status === 'SIGNED' ? 'bg-success' : 'bg-secondary'}`}>{t(`agreement.status.${agreement.status}`)}</span>
        </dd>
        {agreement.deliberationReference ? (
          <>
            <dt>{t('agreement.view.reference')}</dt>
            <dd>{agreement.deliberationReference}</dd>
          </>
        ) : null}
        <dt>{t('agreement.view.signedOn')}</dt>
        <dd>{date(agreement.signedOn)}</dd>
        <dt>{t('agreement.view.validity')}</dt>
        <dd>
          {date(agreement.validFrom)} – {date(agreement.validTo)}
        </dd>
      </dl>
      {agreement.summary ? <p className="zonale-minutes">{agreement.summary}</p> : null}
      {children}
      <section aria-labelledby="signatories-title" className="mt-4">
        <h2 id="signatories-title">{t('agreement.signatories.title', { count: agreement.signatories.length })}</h2>
        {agreement.signatories.length === 0 ? (
          <p>{t('agreement.signatories.empty')}</p>
        ) : (
          <details className="zonale-details" open={agreement.signatories.length <= FOLD_SIGNATORIES}>
            <summary>{t('agreement.signatories.show', { count: agreement.signatories.length })}</summary>
            <ScrollTable>
              <table className="table table-sm">
                <caption className="visually-hidden">{t('agreement.signatories.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('agreement.signatories.name')}</th>
                    <th scope="col">{t('agreement.signatories.kind')}</th>
                    <th scope="col">{t('agreement.signatories.signedOn')}</th>
                    <th scope="col">{t('agreement.signatories.signatory')}</th>
                  </tr>
                </thead>
                <tbody>
                  {agreement.signatories.map((s) => (
                    <tr key={s.organizationId ?? s.municipalityIstatCode}>
                      <th scope="row">{s.name}</th>
                      <td>{t(`organizations.kind.${s.kind}`)}</td>
                      <td>{s.signedOn ? formatLocalDate(s.signedOn, i18n.language) : t('agreement.view.none')}</td>
                      <td>{[s.signatoryName, s.signatoryRole].filter(Boolean).join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </details>
        )}
      </section>
    </>
  );
}
