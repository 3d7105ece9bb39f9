import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import type { Account } from '../../../features/account/types';
import { AttendanceRegister } from '../../../features/participants/components/attendance-register';
import { usePlan } from '../../../features/plans/api/get-plan';
import { useSession } from '../../../features/sessions/api/get-session';
import { formatDate, formatTime } from '../../../lib/format';
import { RequireRole } from '../../require-role';
import ForbiddenRoute from '../errors/forbidden';

/** The attendance register of an incontro, for the plan office at the door (phone first). */
export default function SessionAttendanceRoute() {
  return <RequireRole roles={['consortium']}>{(account) => <SessionAttendance account={account} />}</RequireRole>;
}

function SessionAttendance({ account }: { account: Account }) {
  const { sessionId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const session = useSession(sessionId);
  const plan = usePlan(session.data?.planId);

  if (session.isError) return <ProblemAlert error={session.error} />;
  if (plan.isError) return <ProblemAlert error={plan.error} />;
  if (!session.data || !plan.data) return <Loading />;
  if (!account.districtIds.includes(plan.data.districtId)) return <ForbiddenRoute />;
  const s = session.data;

  return (
    <>
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{t('participants.attendance.kicker')}</p>
      <h1>{s.title}</h1>
      <p>
        {formatDate(s.startsAt, i18n.language)}, {formatTime(s.startsAt, i18n.language)}
        {s.place ? ` · ${s.place}` : ''}
      </p>
      <p>
        <Link to={paths.sessionEdit.href(s.id)}>{t('participants.attendance.back')}</Link>
      </p>
      <AttendanceRegister sessionId={s.id} fileStem={`iscrizioni-${s.startsAt.slice(0, 10)}`} held={s.status === 'HELD'} />
    </>
  );
}
