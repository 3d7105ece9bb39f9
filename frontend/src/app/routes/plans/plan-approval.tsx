import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { useApproval, useMunicipalities, useRecordApproval } from '../../../features/approval/api/approval';
import { ApprovalForm } from '../../../features/approval/components/approval-form';
import { ApprovalView } from '../../../features/approval/components/approval-view';
import { usePlan } from '../../../features/plans/api/get-plan';
import { ApiProblem } from '../../../lib/api/problem';
import { useCanManage } from '../../use-can-manage';

/** "Approvazione": the public record of the Assemblea dei Sindaci; for the plan office of a plan in consultation, the form to record it. */
export default function PlanApprovalRoute() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const plan = usePlan(planId);
  const approval = useApproval(planId);
  const office = useCanManage(plan.data?.districtId);
  const canRecord = office && plan.data?.status === 'CONSULTATION';
  const municipalities = useMunicipalities(canRecord ? plan.data?.districtId : undefined);
  const record = useRecordApproval(planId);

  if (plan.isPending || approval.isPending) return <Loading />;
  if (plan.isError) return <ProblemAlert error={plan.error} />;
  const missing = approval.isError && approval.error instanceof ApiProblem && approval.error.status === 404;
  return (
    <>
      <PageNav crumbs={[{ label: plan.data.title, to: paths.plan.href(plan.data.id) }]} current={t('approval.page.title')} />
      <h1>{t('approval.page.title')}</h1>
      {approval.data ? <ApprovalView approval={approval.data} /> : null}
      {approval.isError && !missing ? <ProblemAlert error={approval.error} /> : null}
      {missing ? <p>{t(canRecord ? 'approval.page.officeIntro' : 'approval.page.none')}</p> : null}
      {missing && canRecord ? (
        municipalities.isPending ? (
          <Loading />
        ) : municipalities.isError ? (
          <ProblemAlert error={municipalities.error} />
        ) : (
          <ApprovalForm municipalities={municipalities.data.items} onSave={(body) => record.mutateAsync(body)} />
        )
      ) : null}
    </>
  );
}
