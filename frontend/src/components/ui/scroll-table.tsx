import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The frame of every wide table: a labelled region that takes keyboard focus (so arrow keys scroll it, axe
 * `scrollable-region-focusable`), a first column that stays in view while the others scroll, and a visible hint on
 * narrow screens.
 */
export function ScrollTable({ children, className = '' }: { children: ReactNode; className?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="zonale-scroll-hint small text-secondary mb-1 d-lg-none" aria-hidden="true">
        {t('app.scrollHint')}
      </p>
      <div className={`table-responsive zonale-scroll ${className}`.trim()} role="region" tabIndex={0} aria-label={t('app.scrollTable')}>
        {children}
      </div>
    </>
  );
}
