import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import type { Account } from '../../../features/account/types';
import { useAssembleVersion, useDocumentVersions } from '../../../features/plan-document/api/document';
import { SectionsEditor } from '../../../features/plan-document/components/sections-editor';
import { usePlan } from '../../../features/plans/api/get-plan';
import { RequireRole } from '../../require-role';
import ForbiddenRoute from '../errors/forbidden';

/** The plan office's page for the plan document: narrative sections and "Assembla una nuova versione". */
export default function PlanDocumentManageRoute() {
  return <RequireRole roles={['consortium']}>{(account) => <PlanDocumentManage account={account} />}</RequireRole>;
}

function PlanDocumentManage({ account }: { account: Account }) {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const plan = usePlan(planId);
  const versions = useDocumentVersions(planId);
  const assemble = useAssembleVersion(planId);
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState('');

  if (plan.isPending || versions.isPending) return <Loading />;
  if (plan.isError) return <ProblemAlert error={plan.error} />;
  if (versions.isError) return <ProblemAlert error={versions.error} />;
  if (!account.districtIds.includes(plan.data.districtId)) return <ForbiddenRoute />;
  const frozen = versions.data.items.some((v) => v.frozen);
  const next = (versions.data.items[0]?.number ?? 0) + 1;

  return (
    <>
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{t('planDocument.manage.kicker')}</p>
      <PageNav
        crumbs={[
          { label: plan.data.title, to: paths.plan.href(plan.data.id) },
          { label: t('planDocument.page.title'), to: paths.planDocument.href(plan.data.id) },
        ]}
        current={t('planDocument.manage.title')}
      />
      <h1>{t('planDocument.manage.title')}</h1>
      {frozen ? <p className="alert alert-info">{t('planDocument.manage.frozen')}</p> : null}
      <SectionsEditor planId={planId} frozen={frozen} />
      <section aria-labelledby="assemble-title" className="mb-4">
        <h2 id="assemble-title" className="h4">
          {t('planDocument.manage.assembleTitle')}
        </h2>
        <p className="small">{t('planDocument.manage.assembleHelp')}</p>
        <button type="button" className="btn btn-primary" disabled={frozen || assemble.isPending} onClick={() => setAsking(true)}>
          {t('planDocument.manage.assemble')}
        </button>
        <p aria-live="polite" className="mt-2">
          {notice}
        </p>
        {assemble.isError ? <ProblemAlert error={assemble.error} /> : null}
      </section>
      <ConfirmDialog
        open={asking}
        title={t('planDocument.manage.confirmTitle')}
        body={t('planDocument.manage.confirmBody', { number: next })}
        confirmLabel={t('planDocument.manage.confirm')}
        onConfirm={() => {
          setAsking(false);
          assemble.mutate(undefined, { onSuccess: (v) => setNotice(t('planDocument.manage.assembled', { number: v.number })) });
        }}
        onClose={() => setAsking(false)}
      />
    </>
  );
}
