import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';

/** The 403 page: signed in, but this page is not for the user's role or ambito. */
export default function ForbiddenRoute() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('errors.forbidden.title')}</h1>
      <p>{t('errors.forbidden.text')}</p>
      <p>
        <Link to={paths.me.href()}>{t('errors.forbidden.me')}</Link>
      </p>
      <Link to={paths.home.href()}>{t('app.backHome')}</Link>
    </>
  );
}
