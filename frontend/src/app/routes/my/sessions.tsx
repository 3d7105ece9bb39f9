import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { useMe } from '../../../features/account/api/get-me';
import { useParticipants } from '../../../features/participants/api/get-participants';
import { RegistrationSummary } from '../../../features/participants/components/registration-summary';
import { getPlansQueryOptions } from '../../../features/plans/api/get-plans';
import { getUpcomingSessionsQueryOptions } from '../../../features/sessions/api/get-upcoming-sessions';
import { login, useAuthUser } from '../../../lib/auth';
import { formatDate, formatTime } from '../../../lib/format';

/** "I miei incontri": the upcoming sessions of the plans of the user's districts, with their organisation's registrations. */
export default function MySessionsRoute() {
  const { t, i18n } = useTranslation();
  const user = useAuthUser();
  const me = useMe(user?.profile.sub);
  const participants = useParticipants(user?.profile.sub);
  const [from] = useState(() => new Date().toISOString());

  const plans = useQueries({ queries: (me.data?.districtIds ?? []).map((d) => getPlansQueryOptions(d)) });
  const planList = plans.flatMap((q) => q.data?.items ?? []);
  const sessions = useQueries({ queries: planList.map((p) => getUpcomingSessionsQueryOptions(p.id, from)) });
  const planTitle = new Map(planList.map((p) => [p.id, p.title]));
  const upcoming = sessions.flatMap((q) => q.data?.items ?? []).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const loading = me.isPending || plans.some((q) => q.isPending) || sessions.some((q) => q.isPending);
  const failed = me.error ?? plans.find((q) => q.isError)?.error ?? sessions.find((q) => q.isError)?.error ?? participants.error;

  if (!user) {
    return (
      <>
        <h1>{t('participants.my.title')}</h1>
        <p>{t('participants.my.signedOut')}</p>
        <button type="button" className="btn btn-primary" onClick={() => void login(paths.mySessions.href())}>
          {t('auth.login')}
        </button>
      </>
    );
  }
  return (
    <>
      <h1>{t('participants.my.title')}</h1>
      <p>{t('participants.my.intro')}</p>
      {loading ? <Loading /> : null}
      {failed ? <ProblemAlert error={failed} /> : null}
      {!loading && !failed && upcoming.length === 0 ? <p>{t('participants.my.empty')}</p> : null}
      {upcoming.length > 0 ? (
        <ul className="list-unstyled zonale-my-sessions">
          {upcoming.map((s) => (
            <li key={s.id} className="zonale-card">
              <h2 className="h5 mb-1">
                <Link to={paths.session.href(s.id)}>{s.title}</Link>
              </h2>
              <p className="small mb-2">
                <time dateTime={s.startsAt}>
                  {formatDate(s.startsAt, i18n.language)}, {formatTime(s.startsAt, i18n.language)}
                </time>
                {' · '}
                {t(`sessions.mode.${s.mode}`)}
                <span className="d-block">{planTitle.get(s.planId)}</span>
              </p>
              {participants.data ? <RegistrationSummary sessionId={s.id} participants={participants.data.items} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
