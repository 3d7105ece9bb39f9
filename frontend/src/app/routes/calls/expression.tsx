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
import { useDecideExpression } from '../../../features/interest/api/decide-expression';
import { getExpressionQueryOptions, useExpression } from '../../../features/interest/api/get-expression';
import { DecisionForm } from '../../../features/interest/components/decision-form';
import { InterestOutcome } from '../../../features/interest/components/interest-status';
import { InterestSummary } from '../../../features/interest/components/interest-summary';
import { useOrganizationParticipants } from '../../../features/participants/api/get-organization-participants';
import { usePlan } from '../../../features/plans/api/get-plan';
import { useTableMatrix } from '../../../features/tables/api/get-table-matrix';
import { RequireRole } from '../../require-role';
import ForbiddenRoute from '../errors/forbidden';

/** The plan office reads one expression of interest and decides it: admit, admit as consultative, or reject with a reason. */
export default function ExpressionRoute() {
  return <RequireRole roles={['consortium']}>{(account) => <Expression account={account} />}</RequireRole>;
}

function Expression({ account }: { account: Account }) {
  const { expressionId = '' } = useParams();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const expression = useExpression(expressionId);
  const call = useCall(expression.data?.callId);
  const plan = usePlan(call.data?.planId);
  const matrix = useTableMatrix(call.data?.planId ?? '');
  const people = useOrganizationParticipants(expression.data?.organizationId);
  const decide = useDecideExpression(expressionId);
  const [notice, setNotice] = useState('');
  const reload = () => void queryClient.invalidateQueries({ queryKey: getExpressionQueryOptions(expressionId).queryKey });

  if (expression.isError) return <ProblemAlert error={expression.error} />;
  if (call.isError) return <ProblemAlert error={call.error} />;
  if (plan.isError) return <ProblemAlert error={plan.error} />;
  if (!expression.data || !call.data || !plan.data) return <Loading />;
  if (!account.districtIds.includes(plan.data.districtId)) return <ForbiddenRoute />;
  const e = expression.data;
  const tableNames = new Map((matrix.data?.rows ?? []).map((r) => [r.tableId, r.tableName]));
  const personNames = new Map((people.data?.items ?? []).map((p) => [p.id, p.fullName]));

  return (
    <>
      <PageNav crumbs={[{ label: call.data.title, to: paths.callManage.href(e.callId) }]} current={e.organizationName} />
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{t('interest.detail.kicker', { title: call.data.title })}</p>
      <h1>{e.organizationName}</h1>
      <div role="status" aria-live="polite" data-testid="expression-status">
        {notice ? <p className="text-success fw-semibold">{notice}</p> : null}
      </div>
      <InterestOutcome expression={e} />
      {e.late ? <p className="small">{t('interest.detail.lateNote')}</p> : null}
      {/* why: a name still loading must not read as "no longer among the delegates" */}
      {people.isPending || matrix.isPending ? (
        <Loading />
      ) : (
        <InterestSummary
          expression={e}
          tableName={(id) => tableNames.get(id) ?? t('calls.page.unknownTable')}
          personName={(id) => personNames.get(id) ?? t('interest.summary.unknownPerson')}
        />
      )}
      {e.status === 'SUBMITTED' ? (
        <section aria-labelledby="decision-title" className="zonale-card mt-4">
          <h2 id="decision-title" className="h4">
            {t('interest.decision.title')}
          </h2>
          <DecisionForm
            key={e.version}
            expression={e}
            onDecide={async (body) => {
              const decided = await decide.mutateAsync(body);
              setNotice(t('interest.decision.done', { name: decided.organizationName, outcome: t(`interest.status.${decided.status}`) }));
            }}
            onReload={reload}
          />
        </section>
      ) : null}
    </>
  );
}
