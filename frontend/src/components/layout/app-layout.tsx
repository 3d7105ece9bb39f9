import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { paths } from '../../config/paths';
import { Loading } from '../ui/loading';
import { AuthMenu } from './auth-menu';
import { LanguageSwitch } from './language-switch';

/**
 * The page frame: skip links, header, main landmark, footer. On wide screens the slim header holds the account links
 * and the center header the language switch; on phones both move into one menu behind a button (Designers Italia's
 * compact header), so the header stays one row.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  useEffect(() => setMenuOpen(false), [pathname]);
  return (
    <>
      <nav className="skiplinks" aria-label={t('app.skipToContent')}>
        <a className="visually-hidden-focusable" href="#main">
          {t('app.skipToContent')}
        </a>
        <a className="visually-hidden-focusable" href="#footer">
          {t('app.skipToFooter')}
        </a>
      </nav>
      <header
        className="it-header-wrapper"
        onKeyDown={(e) => {
          if (e.key === 'Escape' && menuOpen) {
            setMenuOpen(false);
            menuButton.current?.focus();
          }
        }}
      >
        <div className="it-header-slim-wrapper d-none d-lg-block">
          <div className="container">
            <div className="it-header-slim-wrapper-content">
              <span className="d-none d-md-block navbar-brand">{t('app.region')}</span>
              <div className="it-header-slim-right-zone ms-auto">
                <AuthMenu />
              </div>
            </div>
          </div>
        </div>
        <div className="it-header-center-wrapper it-small-header">
          <div className="container">
            <div className="it-header-center-content-wrapper">
              <div className="it-brand-wrapper">
                <Link to={paths.home.href()}>
                  <div className="it-brand-text">
                    <div className="it-brand-title">{t('app.name')}</div>
                    <div className="it-brand-tagline d-none d-md-block">{t('app.tagline')}</div>
                  </div>
                </Link>
              </div>
              <div className="it-right-zone">
                <LanguageSwitch className="d-none d-lg-flex" />
                <button
                  ref={menuButton}
                  type="button"
                  className="btn zonale-menu-btn d-lg-none"
                  aria-expanded={menuOpen}
                  aria-controls="zonale-menu"
                  onClick={() => setMenuOpen((o) => !o)}
                >
                  <span aria-hidden="true" className="zonale-menu-icon">
                    {menuOpen ? '×' : '☰'}
                  </span>
                  {t('nav.menu')}
                </button>
              </div>
            </div>
          </div>
        </div>
        {menuOpen ? (
          <div id="zonale-menu" className="zonale-menu d-lg-none">
            <div className="container py-3">
              <AuthMenu vertical />
              <LanguageSwitch className="mt-3" />
            </div>
          </div>
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className="container py-4 zonale-main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer id="footer" className="it-footer" tabIndex={-1}>
        <div className="it-footer-main">
          <div className="container py-4">
            <p className="h4 text-white">{t('app.name')}</p>
            <p>{t('app.footerAbout')}</p>
            <p className="small">{t('app.footerData')}</p>
            <p className="small mb-0">
              <Link className="text-white" to={paths.openData.href()}>
                {t('app.footerOpenData')}
              </Link>
              {' · '}
              <Link className="text-white" to={paths.privacy.href()}>
                {t('app.footerPrivacy')}
              </Link>
            </p>
          </div>
        </div>
      </footer>
    </>
  );
}
