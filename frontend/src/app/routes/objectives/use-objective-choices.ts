import { useQuery } from '@tanstack/react-query';
import { usePlanContributions } from '../../../features/contributions/api/get-plan-contributions';
import { usePlanPolicyAreas } from '../../../features/plans/api/get-plan-policy-areas';
import { getTableMatrixQueryOptions } from '../../../features/tables/api/get-table-matrix';

type Option = { value: string; label: string };

/** What an objective of a plan may refer to: its policy areas, its tables and the istanze the plan office may cite. */
export function useObjectiveChoices(planId: string | undefined, userId?: string) {
  const matrix = useQuery({ ...getTableMatrixQueryOptions(planId ?? ''), enabled: !!planId });
  const areas = usePlanPolicyAreas(planId);
  // why: a plan office sees every submitted istanza of its plan; the first page (20) covers the demo plans
  const contributions = usePlanContributions(planId, {}, userId);
  const tables: Option[] = (matrix.data?.rows ?? []).map((r) => ({ value: r.tableId, label: r.tableName }));
  const policyAreas: Option[] = (areas.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }));
  const istanze: Option[] = (contributions.data?.items ?? [])
    .filter((c) => c.reference && c.status !== 'WITHDRAWN')
    .map((c) => ({ value: c.id, label: `${c.reference} · ${c.title}` }));
  const names: Record<string, string> = Object.fromEntries([...tables, ...policyAreas].map((o) => [o.value, o.label]));
  return { tables, policyAreas, istanze, names, loading: matrix.isPending || areas.isPending };
}
