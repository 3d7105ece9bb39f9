import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { useAuthUser, userRoles } from '../../../lib/auth';
import { useCall } from '../../../features/calls/api/get-call';
import { useCallAttachments } from '../../../features/calls/api/get-call-attachments';
import { CallAttachmentList } from '../../../features/calls/components/call-attachments-editor';
import { CallDeadline } from '../../../features/calls/components/call-deadline';
import { CallStatusBadge } from '../../../features/calls/components/call-status-badge';
import { isCallOpen } from '../../../features/calls/lib';
import { usePlan } from '../../../features/plans/api/get-plan';
import { useTableMatrix } from '../../../features/tables/api/get-table-matrix';
import { useCanManage } from '../../use-can-manage';

/** Public page of a call: its text, deadline in Europe/Rome, the tables open to membership, the documents, and "Manifesta interesse". */
export default function CallRoute() {
  const { callId = '' } = useParams();
  const { t } = useTranslation();
  const call = useCall(callId);
  const planId = call.data?.planId;
  const plan = usePlan(planId);
  const matrix = useTableMatrix(planId ?? '');
  const attachments = useCallAttachments(callId);
  const canManage = useCanManage(plan.data?.districtId);
  const user = useAuthUser();
  // why: expressions of interest are the Third Sector's; a visitor is offered it too, and signs in on the way
  const mayExpress = !user || userRoles(user).includes('ets');

  if (call.isPending) return <Loading />;
  if (call.isError) {
    return (
      <>
        <h1>{t('calls.page.kicker')}</h1>
        <ProblemAlert error={call.error} />
      </>
    );
  }
  const c = call.data;
  const names = new Map((matrix.data?.rows ?? []).map((r) => [r.tableId, r.tableName]));
  const open = isCallOpen(c);
  return (
    <>
      <PageNav crumbs={plan.data ? [{ label: plan.data.title, to: paths.plan.href(plan.data.id) }] : []} current={c.title} />
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{t('calls.page.kicker')}</p>
      <h1>{c.title}</h1>
      {plan.data ? (
        <p>
          {t('tables.page.plan')}: <Link to={paths.plan.href(plan.data.id)}>{plan.data.title}</Link>
        </p>
      ) : null}
      <dl className="zonale-dl">
        <dt>{t('calls.page.status')}</dt>
        <dd>
          <CallStatusBadge call={c} />
        </dd>
        <dt>{t('calls.deadline.label')}</dt>
        <dd>
          <CallDeadline call={c} />
        </dd>
      </dl>
      <div className="zonale-actions mb-4">
        {canManage ? (
          <Link to={paths.callManage.href(c.id)} className="btn btn-primary">
            {t('calls.manage.open')}
          </Link>
        ) : mayExpress ? (
          <Link to={paths.callInterest.href(c.id)} className="btn btn-primary">
            {t('calls.page.express')}
          </Link>
        ) : null}
      </div>
      {!open && !canManage ? <p className="small">{t('calls.page.lateNote')}</p> : null}
      <section aria-labelledby="call-text-title" className="mb-4">
        <h2 id="call-text-title">{t('calls.page.text')}</h2>
        <div className="zonale-prewrap">{c.text}</div>
      </section>
      <section aria-labelledby="call-tables-title" className="mb-4">
        <h2 id="call-tables-title">{t('calls.page.tables')}</h2>
        {matrix.isPending ? (
          <Loading />
        ) : (
          <ul>
            {c.tableIds.map((id) => (
              <li key={id}>
                <Link to={paths.table.href(id)}>{names.get(id) ?? t('calls.page.unknownTable')}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="call-attachments-title" className="mb-4">
        <h2 id="call-attachments-title">{t('calls.attachments.title')}</h2>
        {attachments.isPending ? (
          <Loading />
        ) : attachments.isError ? (
          <ProblemAlert error={attachments.error} />
        ) : (
          <CallAttachmentList attachments={attachments.data.items} />
        )}
      </section>
    </>
  );
}
