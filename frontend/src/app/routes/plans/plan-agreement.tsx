import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { useMe } from '../../../features/account/api/get-me';
import { useAgreement } from '../../../features/agreement/api/get-agreement';
import { AdhesionCard } from '../../../features/agreement/components/adhesion-card';
import { AdhesionRegisterView } from '../../../features/agreement/components/adhesion-register';
import { AgreementView } from '../../../features/agreement/components/agreement-view';
import { usePlan } from '../../../features/plans/api/get-plan';
import { useAuthUser } from '../../../lib/auth';
import { useCanManage } from '../../use-can-manage';

/** The public page of a plan's accordo di programma: data, signatories, register of adhering organisations; an ETS asks to adhere here. */
export default function PlanAgreementRoute() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const user = useAuthUser();
  const me = useMe(user?.profile.sub);
  const plan = usePlan(planId);
  const agreement = useAgreement(planId, user?.profile.sub);
  const canManage = useCanManage(plan.data?.districtId);
  const isEts = !!me.data?.roles.includes('ets') && !!me.data.organizationId;

  if (plan.isPending || agreement.isPending) return <Loading />;
  if (plan.isError) return <ProblemAlert error={plan.error} />;
  if (agreement.isError) return <ProblemAlert error={agreement.error} />;
  const a = agreement.data;
  return (
    <>
      <PageNav crumbs={[{ label: plan.data.title, to: paths.plan.href(plan.data.id) }]} current={a ? a.title : t('agreement.page.title')} />
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{t('agreement.page.kicker')}</p>
      <h1>{a ? a.title : t('agreement.page.title')}</h1>
      {canManage ? (
        <p>
          <Link to={paths.planAgreementManage.href(plan.data.id)} className="btn btn-primary">
            {t('agreement.page.manage')}
          </Link>
        </p>
      ) : null}
      {!a ? (
        <p>{t('agreement.page.none')}</p>
      ) : (
        <>
          <AgreementView agreement={a}>
            {isEts && user && a.status === 'SIGNED' ? <AdhesionCard planId={planId} userId={user.profile.sub} /> : null}
          </AgreementView>
          {a.status === 'SIGNED' ? (
            <section aria-labelledby="register-title" className="mt-4">
              <h2 id="register-title">{t('agreement.register.title')}</h2>
              <AdhesionRegisterView planId={planId} />
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
