import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';

/** The 404 page for unknown paths. */
export default function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('errors.notFound.title')}</h1>
      <p>{t('errors.notFound.text')}</p>
      <Link to={paths.home.href()}>{t('app.backHome')}</Link>
    </>
  );
}
