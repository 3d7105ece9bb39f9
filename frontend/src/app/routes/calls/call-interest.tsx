import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import type { Account } from '../../../features/account/types';
import { useCall } from '../../../features/calls/api/get-call';
import { CallDeadline } from '../../../features/calls/components/call-deadline';
import { isCallOpen } from '../../../features/calls/lib';
import { getCallExpressionsQueryOptions, useCallExpressions } from '../../../features/interest/api/get-call-expressions';
import { useSaveExpression, useSubmitExpression, useWithdrawExpression } from '../../../features/interest/api/save-expression';
import { InterestActions } from '../../../features/interest/components/interest-actions';
import { InterestForm } from '../../../features/interest/components/interest-form';
import { InterestOutcome } from '../../../features/interest/components/interest-status';
import { InterestSummary } from '../../../features/interest/components/interest-summary';
import { interestFormValues, isOpenStatus } from '../../../features/interest/lib';
import type { ExpressionOfInterestUpdate } from '../../../features/interest/types';
import { useParticipants } from '../../../features/participants/api/get-participants';
import { useTableMatrix } from '../../../features/tables/api/get-table-matrix';
import { ApiProblem } from '../../../lib/api/problem';
import { RequireRole } from '../../require-role';

/**
 * The ETS delegate's expression of interest for their organisation (phone first). One per organisation: any
 * delegate of it sees and edits the same one.
 */
export default function CallInterestRoute() {
  return <RequireRole roles={['ets']}>{(account) => <CallInterest account={account} />}</RequireRole>;
}

function CallInterest({ account }: { account: Account }) {
  const { callId = '' } = useParams();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const userId = account.userId;
  const call = useCall(callId);
  const matrix = useTableMatrix(call.data?.planId ?? '');
  const participants = useParticipants(userId);
  const expressions = useCallExpressions(callId, userId);
  const save = useSaveExpression(callId);
  const submit = useSubmitExpression(callId);
  const withdraw = useWithdrawExpression(callId);
  const [notice, setNotice] = useState('');
  const reload = () => void queryClient.invalidateQueries({ queryKey: getCallExpressionsQueryOptions(callId, userId).queryKey });

  if (call.isError) return <ProblemAlert error={call.error} />;
  if (expressions.isError) return <ProblemAlert error={expressions.error} />;
  if (participants.isError) return <ProblemAlert error={participants.error} />;
  if (!call.data || !expressions.data || !participants.data || matrix.isPending) return <Loading />;
  const c = call.data;
  const open = isCallOpen(c);
  // why: one per organisation and call, so the list the API gives a delegate holds at most this one
  const expression = expressions.data.items[0];
  const names = new Map((matrix.data?.rows ?? []).map((r) => [r.tableId, r.tableName]));
  const tables = c.tableIds.map((id) => ({ id, name: names.get(id) ?? t('calls.page.unknownTable') }));
  const people = participants.data.items;
  const personName = (id: string) => people.find((p) => p.id === id)?.fullName ?? t('interest.summary.unknownPerson');
  const editable = (!expression || isOpenStatus(expression.status)) && (open || !expression);

  const saveBody = async (body: ExpressionOfInterestUpdate) => {
    try {
      return await save.mutateAsync({ id: expression?.id, body });
    } catch (e) {
      // why: another delegate of the organisation started it meanwhile; show theirs, to edit that one
      if (e instanceof ApiProblem && e.slug === 'expression-of-interest-exists') {
        reload();
        setNotice(t('interest.form.alreadyStarted'));
      }
      throw e;
    }
  };

  return (
    <>
      <PageNav crumbs={[{ label: c.title, to: paths.call.href(c.id) }]} current={t('interest.page.kicker')} />
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{t('interest.page.kicker')}</p>
      <h1>{c.title}</h1>
      <p>
        {t('calls.deadline.label')}: <CallDeadline call={c} />
      </p>
      <p className="small">{t('interest.page.organization', { name: account.organizationName })}</p>
      <div role="status" aria-live="polite" data-testid="interest-status">
        {notice ? <p className="text-success fw-semibold">{notice}</p> : null}
      </div>
      {expression ? <InterestOutcome expression={expression} /> : <p>{t('interest.page.none')}</p>}
      {editable ? (
        <InterestForm
          key={`${expression?.id ?? 'new'}-${expression?.version ?? 0}`}
          defaultValues={interestFormValues(c.tableIds, expression)}
          tables={tables}
          people={people}
          expression={expression}
          lateWarning={!open}
          onSave={async (body) => {
            await saveBody(body);
            setNotice(t(expression?.status === 'SUBMITTED' ? 'interest.form.savedChanges' : 'interest.form.savedDraft'));
          }}
          onSend={async (body) => {
            const saved = await saveBody(body);
            const sent = await submit.mutateAsync(saved.id);
            setNotice(t(sent.late ? 'interest.form.sentLate' : 'interest.form.sent'));
          }}
          onReload={reload}
        />
      ) : expression ? (
        <InterestSummary expression={expression} tableName={(id) => names.get(id) ?? t('calls.page.unknownTable')} personName={personName} />
      ) : null}
      {expression ? (
        <InterestActions
          key={expression.version}
          canWithdraw={open && isOpenStatus(expression.status)}
          canSendLate={!open && expression.status === 'DRAFT'}
          onWithdraw={async () => {
            await withdraw.mutateAsync(expression.id);
            setNotice(t('interest.actions.withdrawn'));
          }}
          onSendLate={async () => {
            const sent = await submit.mutateAsync(expression.id);
            setNotice(t(sent.late ? 'interest.form.sentLate' : 'interest.form.sent'));
          }}
          onReload={reload}
        />
      ) : null}
    </>
  );
}
