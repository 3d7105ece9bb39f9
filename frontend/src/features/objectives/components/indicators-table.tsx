import { useTranslation } from 'react-i18next';
import { formatValue, measurementYears } from '../lib';
import type { Indicator } from '../types';
import { ProgressBar } from './progress-bar';
import { ScrollTable } from '../../../components/ui/scroll-table';

/** The indicators of an objective: baseline, target, the value of each year and the progress; a real table for screen readers. */
export function IndicatorsTable({ indicators }: { indicators: Indicator[] }) {
  const { t, i18n } = useTranslation();
  if (indicators.length === 0) return <p>{t('objectives.card.noIndicators')}</p>;
  const years = [...new Set(indicators.flatMap((i) => measurementYears(i)))].sort();
  const f = (v: number) => formatValue(v, i18n.language);
  return (
    <ScrollTable>
      <table className="table table-sm">
        <caption>{t('objectives.indicators.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('objectives.indicators.name')}</th>
            <th scope="col">{t('objectives.indicators.baseline')}</th>
            <th scope="col">{t('objectives.indicators.target')}</th>
            {years.map((y) => (
              <th scope="col" key={y} className="text-end">
                {y}
              </th>
            ))}
            <th scope="col">{t('objectives.indicators.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((i) => (
            <tr key={i.id}>
              <th scope="row">
                {i.name} <span className="small text-secondary">({i.unit})</span>
                {i.source ? <span className="d-block small text-secondary">{t('objectives.indicators.source', { source: i.source })}</span> : null}
              </th>
              <td>
                {f(i.baselineValue)} ({i.baselineYear})
              </td>
              <td>
                {f(i.targetValue)} ({i.targetYear})
              </td>
              {years.map((y) => {
                const m = i.measurements.find((x) => x.year === y);
                return (
                  <td key={y} className="text-end" title={m?.note ?? undefined}>
                    {m ? f(m.value) : '—'}
                  </td>
                );
              })}
              <td style={{ minWidth: '10rem' }}>
                <ProgressBar indicator={i} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
