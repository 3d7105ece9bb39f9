import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { REGISTER_PAGE, useAdhesionRegister } from '../api/get-adhesion-register';
import { formatPercent } from '../../../lib/format';
import { kindBars } from '../lib';
import { ScrollTable } from '../../../components/ui/scroll-table';

/** The public register: counts by kind (a table with a bar per kind) and the adhering organisations, page by page. */
export function AdhesionRegisterView({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation();
  const [offset, setOffset] = useState(0);
  const register = useAdhesionRegister(planId, offset);
  if (register.isPending) return <Loading />;
  if (register.isError) return <ProblemAlert error={register.error} />;
  const r = register.data;
  const bars = kindBars(r.countsByKind, r.total);
  const last = Math.min(r.offset + r.items.length, r.total);
  return (
    <>
      <p className="lead" data-testid="register-total">
        {t('agreement.register.total', { count: r.total })}
      </p>
      {r.total > 0 ? (
        <ScrollTable>
          <table className="table table-sm zonale-kind-table">
            <caption>{t('agreement.register.countsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('agreement.register.kind')}</th>
                <th scope="col" className="text-end">
                  {t('agreement.register.count')}
                </th>
                <th scope="col">{t('agreement.register.share')}</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((b) => (
                <tr key={b.kind}>
                  <th scope="row">{t(`organizations.kind.${b.kind}`)}</th>
                  <td className="text-end">{b.count}</td>
                  <td>
                    <span className="zonale-bar" aria-hidden="true">
                      <span className="zonale-bar-fill" style={{ width: `${b.percent}%` }} />
                    </span>
                    <span className="small ms-2">{formatPercent(b.percent / 100, i18n.language)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
      {r.items.length > 0 ? (
        <>
          <h3 className="h5 mt-3">{t('agreement.register.listTitle')}</h3>
          <p className="small text-secondary" aria-live="polite">
            {t('agreement.register.range', { first: r.offset + 1, last, total: r.total })}
          </p>
          <ul className="zonale-register-list">
            {r.items.map((o) => (
              <li key={o.organizationId}>
                <span className="fw-semibold">{o.organizationName}</span>{' '}
                <span className="small text-secondary">· {t(`organizations.kind.${o.organizationKind}`)}</span>
              </li>
            ))}
          </ul>
          {r.total > REGISTER_PAGE ? (
            <nav aria-label={t('agreement.register.pages')} className="zonale-actions">
              <button
                type="button"
                className="btn btn-sm btn-outline-primary"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - REGISTER_PAGE))}
              >
                {t('agreement.register.previous')}
              </button>
              <button type="button" className="btn btn-sm btn-outline-primary" disabled={last >= r.total} onClick={() => setOffset(offset + REGISTER_PAGE)}>
                {t('agreement.register.next')}
              </button>
            </nav>
          ) : null}
        </>
      ) : null}
    </>
  );
}
