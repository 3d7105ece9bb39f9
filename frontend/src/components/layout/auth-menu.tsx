import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { displayName, login, logout, useAuthUser, userRoles } from '../../lib/auth';

// why: istanze are written by organisations; the plan office answers them from the plan, not from a personal list
const CONTRIBUTING_ROLES = ['ets', 'comune', 'asst'];

/** Sign-in button, or the signed-in user's link to /me and a sign-out button. */
export function AuthMenu({ vertical = false }: { vertical?: boolean }) {
  const { t } = useTranslation();
  const user = useAuthUser();
  if (!user) {
    return (
      <button type="button" className="btn btn-sm zonale-auth-btn" onClick={() => void login()}>
        {t('auth.login')}
      </button>
    );
  }
  return (
    <div className={vertical ? 'zonale-auth zonale-auth-vertical' : 'zonale-auth'}>
      <Link to={paths.mySessions.href()} className="zonale-auth-link">
        {t('auth.mySessions')}
      </Link>
      {userRoles(user).some((r) => CONTRIBUTING_ROLES.includes(r)) ? (
        <Link to={paths.myContributions.href()} className="zonale-auth-link">
          {t('auth.myContributions')}
        </Link>
      ) : null}
      <Link to={paths.myOrganization.href()} className="zonale-auth-link">
        {t('auth.myOrganization')}
      </Link>
      <Link to={paths.me.href()} className="zonale-auth-link" aria-label={`${t('auth.profileOf')} ${displayName(user)}`}>
        {displayName(user)}
      </Link>
      <button type="button" className="btn btn-sm zonale-auth-btn" onClick={() => void logout()}>
        {t('auth.logout')}
      </button>
    </div>
  );
}
