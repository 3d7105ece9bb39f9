import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths';

export type Crumb = { label: string; to: string };

/** The document title of a page: the page, then its parents nearest first, then the product ("Incontro – Piano – Zonale"). */
export function pageTitle(current: string, crumbs: readonly Crumb[], appName: string): string {
  return [current, ...crumbs.map((c) => c.label).reverse(), appName].filter((s) => s.trim() !== '').join(' – ');
}

/** Sets document.title for as long as the page is shown. */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = title;
    document.documentElement.dataset.pageTitle = 'set';
    return () => {
      delete document.documentElement.dataset.pageTitle;
    };
  }, [title]);
}

/**
 * The one way back of every page: Designers Italia breadcrumbs (home, the page's parents, the page itself), which also
 * give the page its document title.
 */
export function PageNav({ crumbs = [], current }: { crumbs?: readonly Crumb[]; current: string }) {
  const { t } = useTranslation();
  usePageTitle(pageTitle(current, crumbs, t('app.name')));
  const all: Crumb[] = [{ label: t('nav.home'), to: paths.home.href() }, ...crumbs];
  return (
    <nav className="breadcrumb-container zonale-breadcrumb" aria-label={t('nav.breadcrumb')}>
      <ol className="breadcrumb p-0 mb-2">
        {all.map((c) => (
          <li key={c.to} className="breadcrumb-item">
            <Link to={c.to}>{c.label}</Link>
            <span className="separator" aria-hidden="true">
              /
            </span>
          </li>
        ))}
        <li className="breadcrumb-item active" aria-current="page">
          {current}
        </li>
      </ol>
    </nav>
  );
}
