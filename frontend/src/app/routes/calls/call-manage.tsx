import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import type { Account } from '../../../features/account/types';
import { useDeleteCall } from '../../../features/calls/api/delete-call';
import { getCallQueryOptions, useCall } from '../../../features/calls/api/get-call';
import { useUpdateCall } from '../../../features/calls/api/update-call';
import { CallAttachmentsEditor } from '../../../features/calls/components/call-attachments-editor';
import { CallDelete } from '../../../features/calls/components/call-delete';
import { CallDeadline } from '../../../features/calls/components/call-deadline';
import { CallForm } from '../../../features/calls/components/call-form';
import { CallStatusBadge } from '../../../features/calls/components/call-status-badge';
import { callBody, callFormValues } from '../../../features/calls/lib';
import { useCallExpressions } from '../../../features/interest/api/get-call-expressions';
import { InterestList } from '../../../features/interest/components/interest-list';
import { usePlan } from '../../../features/plans/api/get-plan';
import { useTableMatrix } from '../../../features/tables/api/get-table-matrix';
import { useAuthUser } from '../../../lib/auth';
import { RequireRole } from '../../require-role';
import ForbiddenRoute from '../errors/forbidden';

/** The plan office's workspace for a call: the expressions of interest received (late ones flagged), its documents, its data. */
export default function CallManageRoute() {
  return <RequireRole roles={['consortium']}>{(account) => <CallManage account={account} />}</RequireRole>;
}

function CallManage({ account }: { account: Account }) {
  const { callId = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const queryClient = useQueryClient();
  const user = useAuthUser();
  const call = useCall(callId);
  const plan = usePlan(call.data?.planId);
  const matrix = useTableMatrix(call.data?.planId ?? '');
  const expressions = useCallExpressions(callId, user?.profile.sub);
  const update = useUpdateCall(callId);
  const remove = useDeleteCall(callId, call.data?.planId ?? '');
  const navigate = useNavigate();
  const [notice, setNotice] = useState((location.state as { notice?: string } | null)?.notice ?? '');
  const reload = () => void queryClient.invalidateQueries({ queryKey: getCallQueryOptions(callId).queryKey, exact: true });

  if (call.isError) return <ProblemAlert error={call.error} />;
  if (plan.isError) return <ProblemAlert error={plan.error} />;
  if (!call.data || !plan.data) return <Loading />;
  if (!account.districtIds.includes(plan.data.districtId)) return <ForbiddenRoute />;
  const c = call.data;
  const tables = (matrix.data?.rows ?? []).map((r) => ({ id: r.tableId, name: r.tableName }));

  return (
    <>
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{plan.data.title}</p>
      <PageNav
        crumbs={[
          { label: plan.data.title, to: paths.plan.href(plan.data.id) },
          { label: t('plans.manage.kicker'), to: paths.planManage.href(c.planId) },
        ]}
        current={c.title}
      />
      <h1>{c.title}</h1>
      <p>
        <Link to={paths.call.href(c.id)}>{t('calls.manage.publicPage')}</Link>
      </p>
      <p>
        <CallStatusBadge call={c} /> {t('calls.deadline.label')}: <CallDeadline call={c} />
      </p>
      <div role="status" aria-live="polite" data-testid="call-manage-status">
        {notice ? <p className="text-success fw-semibold">{notice}</p> : null}
      </div>
      <nav aria-label={t('plans.page.sections')} className="mb-4">
        <ul className="zonale-anchors">
          <li>
            <a href="#call-expressions">{t('interest.list.title')}</a>
          </li>
          <li>
            <a href="#call-attachments">{t('calls.attachments.title')}</a>
          </li>
          <li>
            <a href="#call-data">{t('calls.manage.data')}</a>
          </li>
        </ul>
      </nav>
      <section id="call-expressions" aria-labelledby="call-expressions-title" className="zonale-card mb-4">
        <h2 id="call-expressions-title" className="h4">
          {t('interest.list.title')}
        </h2>
        {expressions.isPending ? <Loading /> : null}
        {expressions.isError ? <ProblemAlert error={expressions.error} /> : null}
        {expressions.data ? <InterestList expressions={expressions.data.items} hrefOf={(e) => paths.expression.href(e.id)} /> : null}
      </section>
      <section id="call-attachments" aria-labelledby="call-attachments-title" className="zonale-card mb-4">
        <h2 id="call-attachments-title" className="h4">
          {t('calls.attachments.title')}
        </h2>
        <CallAttachmentsEditor callId={c.id} />
      </section>
      <section id="call-data" aria-labelledby="call-data-title" className="zonale-card mb-4">
        <h2 id="call-data-title" className="h4">
          {t('calls.manage.data')}
        </h2>
        {matrix.isPending ? (
          <Loading />
        ) : (
          <CallForm
            // why: a new version (saved here, or reloaded after a 409) resets the form to what is stored
            key={c.version}
            defaultValues={callFormValues(c)}
            tables={tables}
            submitLabel={t('form.save')}
            onSubmit={async (v) => {
              await update.mutateAsync({ ...callBody(v), version: c.version });
              setNotice(t('calls.form.saved', { title: v.title.trim() }));
            }}
            onReload={reload}
          />
        )}
      </section>
      {expressions.data?.total === 0 ? (
        <section id="call-delete" aria-labelledby="call-delete-title" className="zonale-card mb-4">
          <h2 id="call-delete-title" className="h4">
            {t('calls.delete.button')}
          </h2>
          <CallDelete
            title={c.title}
            onDelete={async () => {
              await remove.mutateAsync();
              void navigate(paths.planManage.href(c.planId), { state: { notice: t('calls.delete.done', { title: c.title }) } });
            }}
          />
        </section>
      ) : null}
    </>
  );
}
