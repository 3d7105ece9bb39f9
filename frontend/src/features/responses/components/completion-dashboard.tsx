import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../lib/format';
import { share } from '../lib';
import type { CompletionCounts, SurveyCompletion } from '../types';
import { ScrollTable } from '../../../components/ui/scroll-table';

function CountsCells({ c }: { c: CompletionCounts }) {
  return (
    <>
      <td className="text-end">{c.expected}</td>
      <td className="text-end">{c.submitted}</td>
      <td className="text-end">{c.draft}</td>
      <td className="text-end">{c.notStarted}</td>
    </>
  );
}

function CountsHead({ first }: { first: string }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" className="text-end">
          {t('responses.completion.expected')}
        </th>
        <th scope="col" className="text-end">
          {t('responses.completion.submitted')}
        </th>
        <th scope="col" className="text-end">
          {t('responses.completion.draft')}
        </th>
        <th scope="col" className="text-end">
          {t('responses.completion.notStarted')}
        </th>
      </tr>
    </thead>
  );
}

/** Who answered, in total, by kind of organisation and by sub-ambito (tables, counted by the server), and who has not. */
export function CompletionDashboard({ completion: c, onPage }: { completion: SurveyCompletion; onPage: (offset: number) => void }) {
  const { t, i18n } = useTranslation();
  const pending = c.pending;
  return (
    <div>
      <p className="lead" data-testid="completion-total">
        {t('responses.completion.summary', {
          count: c.total.submitted,
          submitted: c.total.submitted,
          expected: c.total.expected,
          percent: formatPercent(share(c.total.submitted, c.total.expected), i18n.language),
          draft: c.total.draft,
          notStarted: c.total.notStarted,
        })}
      </p>
      <ScrollTable>
        <table className="table table-sm">
          <caption>{t('responses.completion.byKind')}</caption>
          <CountsHead first={t('responses.completion.kind')} />
          <tbody>
            {c.byKind.map((k) => (
              <tr key={k.kind}>
                <th scope="row">{t(`organizations.kind.${k.kind}`)}</th>
                <CountsCells c={k.counts} />
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <ScrollTable>
        <table className="table table-sm">
          <caption>{t('responses.completion.bySubdistrict')}</caption>
          <CountsHead first={t('responses.completion.subdistrict')} />
          <tbody>
            {c.bySubdistrict.map((s) => (
              <tr key={s.subdistrictId ?? 'none'}>
                <th scope="row">{s.subdistrictName ?? t('responses.completion.noSubdistrict')}</th>
                <CountsCells c={s.counts} />
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <h3 className="h5 mt-4">{t('responses.completion.pendingTitle', { count: pending.total })}</h3>
      {pending.items.length === 0 ? (
        <p>{t('responses.completion.nonePending')}</p>
      ) : (
        <ul className="list-group mb-2">
          {pending.items.map((p) => (
            <li key={p.organizationId} className="list-group-item d-flex flex-wrap justify-content-between gap-2">
              <span>
                {p.organizationName} <span className="small text-secondary">· {t(`organizations.kind.${p.organizationKind}`)}</span>
              </span>
              <span className="small">{p.responseId ? t('responses.completion.hasDraft') : t('responses.completion.notStartedOne')}</span>
            </li>
          ))}
        </ul>
      )}
      {pending.total > pending.limit ? (
        <div className="d-flex gap-2">
          <Button color="secondary" outline size="sm" disabled={pending.offset === 0} onClick={() => onPage(Math.max(0, pending.offset - pending.limit))}>
            {t('responses.list.previous')}
          </Button>
          <Button
            color="secondary"
            outline
            size="sm"
            disabled={pending.offset + pending.limit >= pending.total}
            onClick={() => onPage(pending.offset + pending.limit)}
          >
            {t('responses.list.next')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
