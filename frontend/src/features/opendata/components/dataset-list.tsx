import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { useDatasets } from '../api/get-datasets';
import { DatasetCard } from './dataset-card';

/** The open datasets of a plan (with its ambito's and the region's), or of the region alone, grouped by scope. */
export function DatasetList({ planId }: { planId?: string }) {
  const { t } = useTranslation();
  const datasets = useDatasets(planId);
  if (datasets.isPending) return <Loading />;
  if (datasets.isError) return <ProblemAlert error={datasets.error} />;
  const scopes = (['PLAN', 'DISTRICT', 'REGION'] as const).filter((s) => datasets.data.items.some((d) => d.scope === s));
  return (
    <>
      {scopes.map((scope) => (
        <section key={scope} aria-labelledby={`scope-${scope}`} className="mb-4">
          <h2 id={`scope-${scope}`}>{t(`opendata.scope.${scope}`)}</h2>
          {datasets.data.items
            .filter((d) => d.scope === scope)
            .map((d) => (
              <DatasetCard key={d.key} dataset={d} />
            ))}
        </section>
      ))}
    </>
  );
}
