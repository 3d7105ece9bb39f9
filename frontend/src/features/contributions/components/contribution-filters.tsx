import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContributionFilters as Filters, ContributionStatus } from '../types';

type Option = { value: string; label: string };
const STATUSES: ContributionStatus[] = ['SUBMITTED', 'ANSWERED', 'WITHDRAWN'];

/** The plan office narrows its plan's istanze by state, table, policy area and organisation; each change goes back to page one. */
export function ContributionFilters({
  value,
  tables,
  policyAreas,
  organizationName,
  onChange,
}: {
  value: Filters;
  tables: Option[];
  policyAreas: Option[];
  /** The name of the organisation filtered on, when there is one. */
  organizationName?: string;
  onChange: (next: Filters) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch, offset: 0 });
  return (
    <form className="zonale-filters row g-2 mb-3" aria-label={t('contributions.filters.label')} onSubmit={(e) => e.preventDefault()}>
      <div className="col-12 col-md-4">
        <label htmlFor={`${id}-status`} className="form-label">
          {t('contributions.filters.status')}
        </label>
        <select
          id={`${id}-status`}
          className="form-select"
          value={value.status ?? ''}
          onChange={(e) => set({ status: (e.target.value || undefined) as ContributionStatus | undefined })}
        >
          <option value="">{t('contributions.filters.any')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`contributions.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="col-12 col-md-4">
        <label htmlFor={`${id}-table`} className="form-label">
          {t('contributions.filters.table')}
        </label>
        <select id={`${id}-table`} className="form-select" value={value.tableId ?? ''} onChange={(e) => set({ tableId: e.target.value || undefined })}>
          <option value="">{t('contributions.filters.any')}</option>
          {tables.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="col-12 col-md-4">
        <label htmlFor={`${id}-area`} className="form-label">
          {t('contributions.filters.policyArea')}
        </label>
        <select id={`${id}-area`} className="form-select" value={value.policyAreaId ?? ''} onChange={(e) => set({ policyAreaId: e.target.value || undefined })}>
          <option value="">{t('contributions.filters.any')}</option>
          {policyAreas.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      {value.organizationId ? (
        <div className="col-12">
          <span className="me-2">{t('contributions.filters.organization', { name: organizationName ?? '' })}</span>
          <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => set({ organizationId: undefined })}>
            {t('contributions.filters.allOrganizations')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
