import { Badge } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { formatLocalDate, formatPercent, localeOf } from '../../../lib/format';
import { VOTES } from '../lib';
import type { Approval } from '../types';
import { ScrollTable } from '../../../components/ui/scroll-table';

/** The public record of the Assemblea dei Sindaci: date, deliberation, the totals (by comuni and by population) and each comune's vote. */
export function ApprovalView({ approval }: { approval: Approval }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => new Intl.NumberFormat(localeOf(i18n.language)).format(v);
  const totals = approval.totals;
  const byVote = {
    IN_FAVOUR: [totals.inFavour, totals.inFavourPopulation],
    AGAINST: [totals.against, totals.againstPopulation],
    ABSTAINED: [totals.abstained, totals.abstainedPopulation],
    ABSENT: [totals.absent, totals.absentPopulation],
  } as const;
  return (
    <>
      <dl className="row">
        <dt className="col-sm-4">{t('approval.view.date')}</dt>
        <dd className="col-sm-8">{formatLocalDate(approval.assemblyDate, i18n.language)}</dd>
        <dt className="col-sm-4">{t('approval.view.deliberation')}</dt>
        <dd className="col-sm-8">{approval.deliberation}</dd>
        {approval.documentVersion ? (
          <>
            <dt className="col-sm-4">{t('approval.view.documentVersion')}</dt>
            <dd className="col-sm-8">{approval.documentVersion}</dd>
          </>
        ) : null}
        <dt className="col-sm-4">{t('approval.view.outcome')}</dt>
        <dd className="col-sm-8">
          <Badge color={totals.carried ? 'success' : 'danger'}>{t(totals.carried ? 'approval.view.carried' : 'approval.view.notCarried')}</Badge>{' '}
          {t('approval.view.shares', {
            present: formatPercent(totals.presentShare, i18n.language),
            favour: formatPercent(totals.inFavourShare, i18n.language),
          })}
        </dd>
      </dl>
      {approval.notes ? <p>{approval.notes}</p> : null}
      <ScrollTable>
        <table className="table table-sm">
          <caption>{t('approval.view.totalsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('approval.view.vote')}</th>
              <th scope="col" className="text-end">
                {t('approval.view.comuni')}
              </th>
              <th scope="col" className="text-end">
                {t('approval.view.population')}
              </th>
            </tr>
          </thead>
          <tbody>
            {VOTES.map((v) => (
              <tr key={v}>
                <th scope="row">{t(`approval.vote.${v}`)}</th>
                <td className="text-end">{n(byVote[v][0])}</td>
                <td className="text-end">{n(byVote[v][1])}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('approval.view.total')}</th>
              <td className="text-end">{n(approval.votes.length)}</td>
              <td className="text-end">{n(totals.totalPopulation)}</td>
            </tr>
          </tbody>
        </table>
      </ScrollTable>
      <ScrollTable>
        <table className="table table-sm">
          <caption>{t('approval.view.votesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('approval.view.comune')}</th>
              <th scope="col" className="text-end">
                {t('approval.view.population')}
              </th>
              <th scope="col">{t('approval.view.vote')}</th>
            </tr>
          </thead>
          <tbody>
            {approval.votes.map((v) => (
              <tr key={v.istatCode}>
                <th scope="row">{v.municipalityName}</th>
                <td className="text-end">{n(v.population)}</td>
                <td>{t(`approval.vote.${v.vote}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <p className="small text-secondary">{t('approval.view.source', { source: approval.populationSource })}</p>
    </>
  );
}
