import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { FormProblem } from '../../../components/form/form-problem';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import type { Account } from '../../../features/account/types';
import { getAgreementQueryOptions, useAgreement } from '../../../features/agreement/api/get-agreement';
import { useSignatoryOptions } from '../../../features/agreement/api/get-signatory-options';
import { useSaveAgreement, useSignAgreement } from '../../../features/agreement/api/save-agreement';
import { AdhesionRequests } from '../../../features/agreement/components/adhesion-requests';
import { AgreementForm } from '../../../features/agreement/components/agreement-form';
import { agreementBody, agreementFormValues } from '../../../features/agreement/lib';
import { usePlan } from '../../../features/plans/api/get-plan';
import { RequireRole } from '../../require-role';
import ForbiddenRoute from '../errors/forbidden';

/** The plan office's page for the accordo: its data and signatories, its signature, the pending requests of adhesion. */
export default function PlanAgreementManageRoute() {
  return <RequireRole roles={['consortium']}>{(account) => <PlanAgreementManage account={account} />}</RequireRole>;
}

function PlanAgreementManage({ account }: { account: Account }) {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const plan = usePlan(planId);
  const agreement = useAgreement(planId, account.userId);
  const options = useSignatoryOptions(plan.data?.districtId ?? '');
  const save = useSaveAgreement(planId);
  const sign = useSignAgreement(planId);
  const [notice, setNotice] = useState('');
  const [asking, setAsking] = useState(false);
  const [signFailure, setSignFailure] = useState<unknown>(null);
  const reload = () => void queryClient.invalidateQueries({ queryKey: getAgreementQueryOptions(planId, account.userId).queryKey });

  if (plan.isPending || agreement.isPending) return <Loading />;
  if (plan.isError) return <ProblemAlert error={plan.error} />;
  if (agreement.isError) return <ProblemAlert error={agreement.error} />;
  if (!account.districtIds.includes(plan.data.districtId)) return <ForbiddenRoute />;
  const a = agreement.data;

  return (
    <>
      <PageNav crumbs={[{ label: plan.data.title, to: paths.plan.href(plan.data.id) }]} current={t('agreement.manage.title')} />
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{t('agreement.manage.kicker')}</p>
      <h1>{t('agreement.manage.title')}</h1>
      <p>
        <Link to={paths.planAgreement.href(planId)}>{t('agreement.manage.public')}</Link>
      </p>
      <div role="status" aria-live="polite" data-testid="agreement-status">
        {notice ? <p className="text-success fw-semibold">{notice}</p> : null}
      </div>
      {/* why: once signed, the daily work is answering requests; the long signatory form comes after */}
      {a && a.status === 'SIGNED' ? (
        <section aria-labelledby="requests-title" className="mt-4">
          <h2 id="requests-title">{t('agreement.requests.title')}</h2>
          <AdhesionRequests planId={planId} userId={account.userId} />
        </section>
      ) : null}
      <section aria-labelledby="agreement-data" className="mt-3">
        <h2 id="agreement-data">{t('agreement.manage.data')}</h2>
        {a ? <p>{t(`agreement.status.${a.status}`)}</p> : <p>{t('agreement.manage.first')}</p>}
        {options.isPending ? (
          <Loading />
        ) : options.error ? (
          <ProblemAlert error={options.error} />
        ) : (
          <AgreementForm
            // why: keyed by version, so a save or a reload after a 409 starts again from what is stored
            key={a?.version ?? 0}
            defaultValues={agreementFormValues(a, plan.data.title)}
            bodies={options.bodies}
            comuni={options.comuni}
            onReload={reload}
            // why: the API refuses a new text once the accordo is signed (agreement-signed) or the plan approved
            textFrozen={a?.status === 'SIGNED' || (plan.data.status !== 'DRAFT' && plan.data.status !== 'CONSULTATION')}
            onSubmit={async (values) => {
              setNotice('');
              await save.mutateAsync(agreementBody(values, a?.version ?? 0));
              setNotice(t('agreement.manage.saved'));
            }}
          />
        )}
        {a && a.status === 'DRAFT' ? (
          <div className="mt-3">
            <FormProblem error={signFailure} onReload={reload} />
            <button type="button" className="btn btn-outline-primary" onClick={() => setAsking(true)}>
              {t('agreement.manage.sign')}
            </button>
            <ConfirmDialog
              open={asking}
              title={t('agreement.manage.signTitle')}
              body={t('agreement.manage.signBody')}
              confirmLabel={t('agreement.manage.signConfirm')}
              onConfirm={() => {
                setAsking(false);
                setSignFailure(null);
                sign.mutate(a.version, { onSuccess: () => setNotice(t('agreement.manage.signed')), onError: setSignFailure });
              }}
              onClose={() => setAsking(false)}
            />
          </div>
        ) : null}
      </section>
    </>
  );
}
