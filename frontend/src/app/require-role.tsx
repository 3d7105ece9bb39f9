import { useEffect, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { ProblemAlert } from '../components/errors/problem-alert';
import { Loading } from '../components/ui/loading';
import { useMe } from '../features/account/api/get-me';
import type { Account } from '../features/account/types';
import { login, useAuthReady, useAuthUser } from '../lib/auth';
import ForbiddenRoute from './routes/errors/forbidden';

/**
 * Guards a page that needs a role: an anonymous visitor is sent to the Keycloak login (and back here),
 * a signed-in user without the role, or outside the ambito, sees the 403 page.
 */
export function RequireRole({
  roles,
  districtId,
  children,
}: {
  roles: readonly string[];
  /** When set, the user must also work in this ambito. */
  districtId?: string;
  children: (account: Account) => ReactNode;
}) {
  const ready = useAuthReady();
  const user = useAuthUser();
  const location = useLocation();
  const me = useMe(user?.profile.sub);

  useEffect(() => {
    if (ready && !user) void login(location.pathname + location.search);
  }, [ready, user, location.pathname, location.search]);

  if (!ready || !user || me.isPending) return <Loading />;
  if (me.isError) return <ProblemAlert error={me.error} />;
  const allowed = me.data.roles.some((r) => roles.includes(r)) && (!districtId || me.data.districtIds.includes(districtId));
  return allowed ? <>{children(me.data)}</> : <ForbiddenRoute />;
}
