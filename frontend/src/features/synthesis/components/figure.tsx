import { useTranslation } from 'react-i18next';
import { formatPercent, localeOf } from '../../../lib/format';

/** "< 3" for a suppressed figure, with the reason for screen readers and on hover. */
export function Suppressed() {
  const { t } = useTranslation();
  return (
    <abbr title={t('synthesis.suppressed.explain')} className="text-secondary">
      <span aria-hidden="true">{'< 3'}</span>
      <span className="visually-hidden">{t('synthesis.suppressed.short')}</span>
    </abbr>
  );
}

/** A count, or "< 3" when suppressed, or a dash when there is none. */
export function Count({ value, suppressed }: { value?: number | null; suppressed: boolean }) {
  if (suppressed) return <Suppressed />;
  return <>{value ?? '—'}</>;
}

export function Share({ value, suppressed }: { value?: number | null; suppressed: boolean }) {
  const { i18n } = useTranslation();
  if (suppressed) return <Suppressed />;
  return <>{value == null ? '—' : formatPercent(value, i18n.language)}</>;
}

/** A decimal in the page's language, two digits at most. */
export function formatNumber(value: number, lang: string): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 }).format(value);
}

export function Decimal({ value, suppressed }: { value?: number | null; suppressed: boolean }) {
  const { i18n } = useTranslation();
  if (suppressed) return <Suppressed />;
  return <>{value == null ? '—' : formatNumber(value, i18n.language)}</>;
}
