import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import type { Account } from '../../../features/account/types';
import { usePlan } from '../../../features/plans/api/get-plan';
import { useChangeSessionStatus } from '../../../features/sessions/api/change-session-status';
import { getSessionQueryOptions, useSession } from '../../../features/sessions/api/get-session';
import { useUpdateSession } from '../../../features/sessions/api/update-session';
import { SessionForm, sessionBody } from '../../../features/sessions/components/session-form';
import { SessionStatusActions } from '../../../features/sessions/components/session-status-actions';
import { romeDay, romeTime } from '../../../lib/format';
import { MinutesEditor } from '../../../features/minutes/components/minutes-editor';
import { useAuthUser } from '../../../lib/auth';
import { RequireRole } from '../../require-role';
import ForbiddenRoute from '../errors/forbidden';

/** The plan office edits an incontro (day, times, place, agenda) and marks it held or cancelled. */
export default function SessionEditRoute() {
  return <RequireRole roles={['consortium']}>{(account) => <SessionEdit account={account} />}</RequireRole>;
}

function SessionEdit({ account }: { account: Account }) {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const session = useSession(sessionId);
  const plan = usePlan(session.data?.planId);
  const update = useUpdateSession(sessionId);
  const changeStatus = useChangeSessionStatus(sessionId);
  const [notice, setNotice] = useState('');
  const user = useAuthUser();
  const reload = () => void queryClient.invalidateQueries({ queryKey: getSessionQueryOptions(sessionId).queryKey });

  if (session.isError) return <ProblemAlert error={session.error} />;
  if (plan.isError) return <ProblemAlert error={plan.error} />;
  if (!session.data || !plan.data) return <Loading />;
  if (!account.districtIds.includes(plan.data.districtId)) return <ForbiddenRoute />;
  const s = session.data;

  return (
    <>
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{plan.data.title}</p>
      <PageNav
        crumbs={[
          { label: plan.data.title, to: paths.plan.href(plan.data.id) },
          { label: t('plans.manage.kicker'), to: paths.planManage.href(s.planId) },
        ]}
        current={t('sessions.form.editTitle', { title: s.title })}
      />
      <h1>{t('sessions.form.editTitle', { title: s.title })}</h1>
      <p>
        <Link to={paths.session.href(s.id)}>{t('sessions.form.publicPage')}</Link> ·{' '}
        <Link to={paths.sessionAttendance.href(s.id)}>{t('participants.attendance.open')}</Link>
      </p>
      <div role="status" aria-live="polite" data-testid="session-edit-status">
        {notice ? <p className="text-success fw-semibold">{notice}</p> : null}
      </div>
      <section aria-labelledby="session-status-title" className="zonale-card mb-4">
        <h2 id="session-status-title" className="h4">
          {t('sessions.statusActions.title')}
        </h2>
        <SessionStatusActions
          key={s.version}
          session={s}
          onChange={async (status, reason) => {
            await changeStatus.mutateAsync({ status, reason, version: s.version });
            setNotice(t('sessions.statusActions.changed', { status: t(`sessions.status.${status}`) }));
          }}
          onReload={reload}
        />
      </section>
      <section aria-labelledby="session-minutes-title" className="zonale-card mb-4">
        <h2 id="session-minutes-title" className="h4">
          {t('minutes.editor.title')}
        </h2>
        {user ? <MinutesEditor sessionId={s.id} userId={user.profile.sub} /> : null}
      </section>
      {s.status !== 'SCHEDULED' ? (
        // why: a held incontro is part of the record and a cancelled one is over: the API refuses changes to either
        <p className="zonale-hint">{t(s.status === 'HELD' ? 'sessions.form.frozenHeld' : 'sessions.form.frozenCancelled')}</p>
      ) : (
        <SessionForm
          key={s.version}
          fixedKind
          defaultValues={{
            kind: s.kind,
            tableId: s.tableId ?? '',
            title: s.title,
            date: romeDay(s.startsAt),
            startTime: romeTime(s.startsAt),
            endTime: romeTime(s.endsAt),
            mode: s.mode,
            place: s.place ?? '',
            onlineUrl: s.onlineUrl ?? '',
            capacity: s.capacity ? String(s.capacity) : '',
            agenda: s.agenda.map((a) => ({ title: a.title, notes: a.notes ?? '' })),
          }}
          tables={[]}
          submitLabel={t('form.save')}
          onSubmit={async (v) => {
            // why: the kind and the table of an incontro are fixed once scheduled; SessionUpdate has neither
            const { kind, tableId, ...body } = sessionBody(v);
            await update.mutateAsync({ ...body, agenda: body.agenda ?? [], version: s.version });
            setNotice(t('sessions.form.saved', { title: v.title }));
          }}
          onReload={reload}
        />
      )}
    </>
  );
}
