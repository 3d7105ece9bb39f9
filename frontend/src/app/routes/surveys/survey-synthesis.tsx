import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { usePlan } from '../../../features/plans/api/get-plan';
import { useSynthesis } from '../../../features/synthesis/api/get-synthesis';
import { SynthesisView } from '../../../features/synthesis/components/synthesis-view';
import type { OrganizationKind, SynthesisFilters } from '../../../features/synthesis/types';
import { getTableMatrixQueryOptions } from '../../../features/tables/api/get-table-matrix';
import { useAuthUser } from '../../../lib/auth';

const FILTER_KEYS = ['kind', 'subdistrictId', 'tableId', 'policyAreaId'] as const;

/** The synthesis of a needs survey: figures, charts with their tables, context, cross-tab and downloads. */
export default function SurveySynthesisRoute() {
  const { surveyId = '' } = useParams();
  const { t } = useTranslation();
  const user = useAuthUser();
  const [params, setParams] = useSearchParams();
  const filters: SynthesisFilters = {
    kind: (params.get('kind') as OrganizationKind | null) ?? undefined,
    subdistrictId: params.get('subdistrictId') ?? undefined,
    tableId: params.get('tableId') ?? undefined,
    policyAreaId: params.get('policyAreaId') ?? undefined,
  };
  const synthesis = useSynthesis(surveyId, filters, user?.profile.sub);
  const planId = synthesis.data?.planId ?? '';
  const plan = usePlan(synthesis.data?.planId);
  const matrix = useQuery({ ...getTableMatrixQueryOptions(planId), enabled: !!planId });

  function setFilters(next: SynthesisFilters) {
    const q = new URLSearchParams();
    FILTER_KEYS.forEach((k) => {
      const v = next[k];
      if (v) q.set(k, v);
    });
    setParams(q, { replace: true });
  }

  if (synthesis.isPending) return <Loading />;
  if (synthesis.isError) return <ProblemAlert error={synthesis.error} />;
  const s = synthesis.data;
  const tables = (matrix.data?.rows ?? []).map((r) => ({ id: r.tableId, label: r.tableName }));
  const policyAreas = (matrix.data?.policyAreas ?? []).map((a) => ({ id: a.id, label: a.name }));
  return (
    <>
      <PageNav crumbs={plan.data ? [{ label: plan.data.title, to: paths.plan.href(plan.data.id) }] : []} current={s.title} />
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{t('synthesis.kicker')}</p>
      <h1>{s.title}</h1>
      <SynthesisView synthesis={s} filters={filters} onFiltersChange={setFilters} tables={tables} policyAreas={policyAreas} userId={user?.profile.sub} />
    </>
  );
}
