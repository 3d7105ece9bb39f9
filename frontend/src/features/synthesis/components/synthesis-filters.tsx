import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterOption, OrganizationKind, SynthesisFilters } from '../types';

export const KINDS: OrganizationKind[] = [
  'ODV',
  'APS',
  'SOCIAL_ENTERPRISE',
  'SOCIAL_COOPERATIVE',
  'PHILANTHROPIC_ENTITY',
  'ASSOCIATIVE_NETWORK',
  'MUTUAL_AID_SOCIETY',
  'OTHER_ETS',
  'FOUNDATION',
  'RELIGIOUS_BODY',
  'MUNICIPALITY',
  'ASST',
  'ATS',
  'CONSORTIUM',
];

type Props = {
  value: SynthesisFilters;
  onChange: (next: SynthesisFilters) => void;
  subdistricts: FilterOption[];
  tables: FilterOption[];
  policyAreas: FilterOption[];
};

/** The filters of the synthesis: who answered (kind, sub-ambito) and which questions (table, policy area). */
export function SynthesisFiltersForm({ value, onChange, subdistricts, tables, policyAreas }: Props) {
  const { t } = useTranslation();
  const ids = { kind: useId(), sub: useId(), table: useId(), area: useId() };
  const set = (key: keyof SynthesisFilters, v: string) => onChange({ ...value, [key]: v === '' ? undefined : v });
  const select = (id: string, key: keyof SynthesisFilters, label: string, options: FilterOption[]) => (
    <div className="col-12 col-sm-6 col-lg-3">
      <label htmlFor={id} className="form-label">
        {label}
      </label>
      <select id={id} className="form-select" value={value[key] ?? ''} onChange={(e) => set(key, e.target.value)}>
        <option value="">{t('synthesis.filters.all')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form className="row g-3 mb-4" aria-label={t('synthesis.filters.title')} onSubmit={(e) => e.preventDefault()}>
      {select(
        ids.kind,
        'kind',
        t('synthesis.filters.kind'),
        KINDS.map((k) => ({ id: k, label: t(`organizations.kind.${k}`) })),
      )}
      {select(ids.sub, 'subdistrictId', t('synthesis.filters.subdistrict'), subdistricts)}
      {select(ids.table, 'tableId', t('synthesis.filters.table'), tables)}
      {select(ids.area, 'policyAreaId', t('synthesis.filters.policyArea'), policyAreas)}
    </form>
  );
}
