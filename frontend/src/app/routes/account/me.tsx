import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { PrivateFeedCard } from '../../../features/calendar/components/private-feed-card';
import { useMe } from '../../../features/account/api/get-me';
import { MyDataCard } from '../../../features/privacy/components/my-data-card';
import { login, useAuthUser } from '../../../lib/auth';

/** Who the signed-in user is and for which organisation they act (GET /me). */
export default function MeRoute() {
  const { t } = useTranslation();
  const user = useAuthUser();
  const me = useMe(user?.profile.sub);
  if (!user) {
    return (
      <>
        <h1>{t('account.me.title')}</h1>
        <p>{t('account.me.signedOut')}</p>
        <button type="button" className="btn btn-primary" onClick={() => void login('/me')}>
          {t('auth.login')}
        </button>
      </>
    );
  }
  return (
    <>
      <h1>{t('account.me.title')}</h1>
      {me.isPending ? <Loading /> : null}
      {me.isError ? <ProblemAlert error={me.error} /> : null}
      {me.data ? (
        <dl className="zonale-dl">
          <dt>{t('account.me.username')}</dt>
          <dd data-testid="me-username">{me.data.username}</dd>
          <dt>{t('account.me.organization')}</dt>
          <dd data-testid="me-organization">{me.data.organizationName}</dd>
          <dt>{t('account.me.organizationKind')}</dt>
          <dd>{me.data.organizationKind}</dd>
          <dt>{t('account.me.roles')}</dt>
          <dd>{me.data.roles.join(', ')}</dd>
        </dl>
      ) : null}
      {me.data ? <PrivateFeedCard userId={user.profile.sub} /> : null}
      <MyDataCard />
    </>
  );
}
