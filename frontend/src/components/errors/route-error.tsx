import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { paths } from '../../config/paths';
import { ProblemAlert } from './problem-alert';

/** The error boundary of a route: the page heading and the mapped problem message. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  return (
    <div className="container py-4">
      <h1>{t('errors.route.title')}</h1>
      <ProblemAlert error={error} />
      <p className="d-flex flex-wrap gap-3">
        <button type="button" className="btn btn-outline-primary" onClick={() => window.location.reload()}>
          {t('errors.route.retry')}
        </button>
        <Link to={paths.home.href()} className="btn btn-primary">
          {t('app.backHome')}
        </Link>
      </p>
    </div>
  );
}
