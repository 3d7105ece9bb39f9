import { usePlanPolicyAreas } from '../../../features/plans/api/get-plan-policy-areas';
import { usePlanSessions } from '../../../features/sessions/api/get-plan-sessions';
import { useQuery } from '@tanstack/react-query';
import { getTableMatrixQueryOptions } from '../../../features/tables/api/get-table-matrix';
import { formatDate } from '../../../lib/format';

type Option = { value: string; label: string };

/** What an istanza of a plan may be about (its tables, incontri, policy areas) as options, and a name for each id. */
export function usePlanChoices(planId: string | undefined, language: string) {
  const matrix = useQuery({ ...getTableMatrixQueryOptions(planId ?? ''), enabled: !!planId });
  const areas = usePlanPolicyAreas(planId);
  const sessions = usePlanSessions(planId);
  const tables: Option[] = (matrix.data?.rows ?? []).map((r) => ({ value: r.tableId, label: r.tableName }));
  const policyAreas: Option[] = (areas.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }));
  const sessionOptions: Option[] = (sessions.data?.items ?? []).map((s) => ({ value: s.id, label: `${formatDate(s.startsAt, language)} · ${s.title}` }));
  const names: Record<string, string> = Object.fromEntries([...tables, ...policyAreas, ...sessionOptions].map((o) => [o.value, o.label]));
  return { tables, policyAreas, sessions: sessionOptions, names, loading: matrix.isPending || areas.isPending || sessions.isPending };
}
