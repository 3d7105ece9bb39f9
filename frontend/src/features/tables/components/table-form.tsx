import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CheckboxGroupField, InputField, SelectField, TextAreaField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import { useProblemSubmit } from '../../../lib/form';
import type { TableCreate, TableLevel, TargetGroup } from '../types';

const TARGET_GROUPS: TargetGroup[] = ['ELDERLY_AND_DISABLED', 'CHILDREN_YOUTH_AND_FAMILIES', 'ADULTS_AND_VULNERABILITY', 'WHOLE_POPULATION', 'OTHER'];
const LEVELS: TableLevel[] = ['DISTRICT', 'SUBDISTRICT'];

const tableSchema = z
  .object({
    name: z.string().trim().min(1, 'errors.field.required').max(200, 'errors.field.too-long'),
    description: z.string().max(4000, 'errors.field.too-long'),
    targetGroup: z.enum(TARGET_GROUPS, { error: 'errors.field.required' }),
    level: z.enum(LEVELS, { error: 'errors.field.required' }),
    subdistrictId: z.string(),
    policyAreaIds: z.array(z.string()),
  })
  .refine((v) => v.level !== 'SUBDISTRICT' || v.subdistrictId !== '', { path: ['subdistrictId'], message: 'errors.field.required' });

export type TableFormValues = z.infer<typeof tableSchema>;

const FIELDS = ['name', 'description', 'targetGroup', 'level', 'subdistrictId', 'policyAreaIds'] as const;

/** The request body for a table from the form's values (a district-level table has no sub-ambito). */
export function tableBody(v: TableFormValues): TableCreate {
  return {
    name: v.name.trim(),
    description: v.description || undefined,
    targetGroup: v.targetGroup,
    level: v.level,
    subdistrictId: v.level === 'SUBDISTRICT' ? v.subdistrictId : undefined,
    policyAreaIds: v.policyAreaIds,
  };
}

/** The plan office's form for a thematic table: name, target group, level (ambito or sub-ambito) and policy areas. */
export function TableForm({
  defaultValues,
  subdistricts,
  policyAreas,
  submitLabel,
  onSubmit,
  onReload,
}: {
  defaultValues: TableFormValues;
  subdistricts: { id: string; name: string }[];
  /** The plan's policy areas: a table works on some of them. */
  policyAreas: { id: string; name: string }[];
  submitLabel: string;
  onSubmit: (values: TableFormValues) => Promise<unknown>;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<TableFormValues>({ resolver: zodResolver(tableSchema), defaultValues });
  const {
    register,
    watch,
    formState: { errors, isSubmitting },
  } = form;
  const level = watch('level');

  const { onSubmit: submit, failure } = useProblemSubmit(form, FIELDS, async (values) => {
    await onSubmit(values);
  });

  return (
    <form onSubmit={submit} noValidate className="zonale-form" aria-label={submitLabel}>
      <InputField id="table-name" label={t('tables.form.name')} required registration={register('name')} error={errors.name} />
      <SelectField
        id="table-target-group"
        label={t('tables.form.targetGroup')}
        required
        registration={register('targetGroup')}
        error={errors.targetGroup}
        options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`tables.targetGroup.${g}`) }))}
      />
      <div className="zonale-field-row">
        <SelectField
          id="table-level"
          label={t('tables.form.level')}
          required
          registration={register('level')}
          error={errors.level}
          options={LEVELS.map((l) => ({ value: l, label: t(`tables.level.${l}`) }))}
        />
        {level === 'SUBDISTRICT' ? (
          <SelectField
            id="table-subdistrict"
            label={t('tables.form.subdistrict')}
            required
            registration={register('subdistrictId')}
            error={errors.subdistrictId}
            placeholder={t('form.choose')}
            options={subdistricts.map((s) => ({ value: s.id, label: s.name }))}
          />
        ) : null}
      </div>
      <TextAreaField id="table-description" label={t('tables.form.description')} registration={register('description')} error={errors.description} />
      <CheckboxGroupField
        id="table-policy-areas"
        legend={t('tables.form.policyAreas')}
        hint={policyAreas.length === 0 ? t('tables.form.noPlanPolicyAreas') : undefined}
        registration={register('policyAreaIds')}
        error={errors.policyAreaIds}
        options={policyAreas.map((a) => ({ value: a.id, label: a.name }))}
      />
      <FormProblem error={failure} onReload={onReload} />
      <div className="zonale-actions">
        <button type="submit" className="btn btn-primary">
          {isSubmitting ? t('form.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}
