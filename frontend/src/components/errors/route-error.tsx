import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { ProblemAlert } from './problem-alert';

/** The error boundary of a route: the page heading and the mapped problem message. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  return (
    <div className="container py-4">
      <h1>{t('errors.route.title')}</h1>
      <ProblemAlert error={error} />
    </div>
  );
}
