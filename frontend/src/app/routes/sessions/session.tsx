import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { usePlan } from '../../../features/plans/api/get-plan';
import { useSession } from '../../../features/sessions/api/get-session';
import { CalendarLink } from '../../../features/calendar/components/calendar-link';
import { MinutesView } from '../../../features/minutes/components/minutes-view';
import { SessionDetails } from '../../../features/sessions/components/session-details';
import { useTable } from '../../../features/tables/api/get-table';
import { RegistrationCard } from '../../../features/participants/components/registration-card';
import { useAuthUser } from '../../../lib/auth';
import { useCanManage } from '../../use-can-manage';

/** Session page: when, how and where, and the agenda. */
export default function SessionRoute() {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation();
  const session = useSession(sessionId);
  const plan = usePlan(session.data?.planId);
  const table = useTable(session.data?.tableId);
  const user = useAuthUser();
  const canManage = useCanManage(plan.data?.districtId);

  if (session.isPending) return <Loading />;
  if (session.isError) {
    return (
      <>
        <h1>{t('sessions.page.kicker')}</h1>
        <ProblemAlert error={session.error} />
      </>
    );
  }
  return (
    <>
      <PageNav crumbs={plan.data ? [{ label: plan.data.title, to: paths.plan.href(plan.data.id) }] : []} current={session.data.title} />
      <p className="text-uppercase small fw-semibold text-secondary mb-1">
        {t('sessions.page.kicker')} · {t(`sessions.kind.${session.data.kind}`)}
      </p>
      <h1>{session.data.title}</h1>
      {canManage ? (
        <p>
          <Link to={paths.sessionEdit.href(session.data.id)} className="btn btn-primary btn-sm">
            {t('sessions.form.edit')}
          </Link>
        </p>
      ) : null}
      <ul className="list-unstyled">
        {plan.data ? (
          <li>
            {t('sessions.page.plan')}: <Link to={paths.plan.href(plan.data.id)}>{plan.data.title}</Link>
          </li>
        ) : null}
        {table.data ? (
          <li>
            {t('sessions.page.table')}: <Link to={paths.table.href(table.data.id)}>{table.data.name}</Link>
          </li>
        ) : null}
      </ul>
      {session.data.status === 'CANCELLED' ? (
        <div className="alert alert-danger" role="status" data-testid="session-cancelled">
          <strong>{t('sessions.page.cancelledTitle')}</strong> {t('sessions.page.cancelledText')}
        </div>
      ) : null}
      <SessionDetails session={session.data} />
      {session.data.status === 'CANCELLED' ? null : (
        <p className="mt-3">
          <CalendarLink kind="session" id={session.data.id} />
        </p>
      )}
      <MinutesView sessionId={session.data.id} userId={user?.profile.sub} />
      {user ? <RegistrationCard sessionId={session.data.id} userId={user.profile.sub} held={session.data.status === 'HELD'} /> : null}
    </>
  );
}
