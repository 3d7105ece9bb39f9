import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../lib/format';
import { formatValue } from '../lib';
import type { Indicator } from '../types';

/** An indicator's progress as a bar, with the same figure in text (a bar alone says nothing to a screen reader). */
export function ProgressBar({ indicator }: { indicator: Indicator }) {
  const { t, i18n } = useTranslation();
  const p = indicator.progress;
  if (p.basis === 'NO_MEASUREMENT' || p.percent == null) {
    return <p className="small text-secondary mb-0">{t('objectives.progress.none')}</p>;
  }
  const text =
    p.basis === 'TARGET_EQUALS_BASELINE'
      ? t(p.percent === 100 ? 'objectives.progress.kept' : 'objectives.progress.notKept')
      : t('objectives.progress.percent', { percent: formatPercent(Math.min(1, Math.max(0, p.ratio ?? p.percent / 100)), i18n.language) });
  return (
    <div>
      <div className="progress" style={{ height: '0.75rem' }}>
        <div
          className={`progress-bar${p.percent >= 100 ? ' bg-success' : ''}`}
          role="progressbar"
          style={{ width: `${p.percent}%` }}
          aria-valuenow={p.percent}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-label={`${indicator.name}: ${text}`}
        />
      </div>
      <p className="small mb-0">
        {text}
        {' · '}
        {t('objectives.progress.latest', { value: formatValue(p.latestValue ?? 0, i18n.language), unit: indicator.unit, year: p.latestYear })}
      </p>
    </div>
  );
}
