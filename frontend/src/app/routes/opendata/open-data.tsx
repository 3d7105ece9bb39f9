import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { env } from '../../../config/env';
import { paths } from '../../../config/paths';
import { DatasetList } from '../../../features/opendata/components/dataset-list';
import { usePlan } from '../../../features/plans/api/get-plan';

/** "Dati aperti": the open datasets of a plan, its ambito and the region (or of the region alone), with the DCAT-AP_IT catalogue. */
export default function OpenDataRoute() {
  const { planId } = useParams();
  const { t } = useTranslation();
  const plan = usePlan(planId);
  if (planId && plan.isPending) return <Loading />;
  if (planId && plan.isError) return <ProblemAlert error={plan.error} />;
  return (
    <>
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{t('opendata.page.kicker')}</p>
      <h1>{t('opendata.page.title')}</h1>
      {planId && plan.data ? (
        <p>
          <Link to={paths.plan.href(planId)}>{t('opendata.page.back', { plan: plan.data.title })}</Link>
        </p>
      ) : null}
      <p>{t('opendata.page.intro')}</p>
      <p>
        <a href={`${env.apiUrl}/api/v1/catalog`}>{t('opendata.page.catalog')}</a>
      </p>
      <DatasetList planId={planId} />
    </>
  );
}
