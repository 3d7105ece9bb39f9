import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { paths } from '../../config/paths';
import { Loading } from '../ui/loading';
import { AuthMenu } from './auth-menu';
import { LanguageSwitch } from './language-switch';

/** The page frame: skip links, slim and center header, main landmark, footer. */
export function AppLayout() {
  const { t } = useTranslation();
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
      <header className="it-header-wrapper">
        <div className="it-header-slim-wrapper">
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
                <LanguageSwitch />
              </div>
            </div>
          </div>
        </div>
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
            </p>
          </div>
        </div>
      </footer>
    </>
  );
}
