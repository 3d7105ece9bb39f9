import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CheckboxGroupField, InputField, SelectField, TextAreaField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import { useProblemSubmit } from '../../../lib/form';
import type { PolicyArea } from '../types';

// why: zod gives instant feedback only; the server checks everything again and its errors land on the same fields
const planSchema = z
  .object({
    districtId: z.string().min(1, 'errors.field.required'),
    title: z.string().trim().min(1, 'errors.field.required').max(200, 'errors.field.too-long'),
    description: z.string().max(10000, 'errors.field.too-long'),
    startYear: z
      .number({ error: 'errors.field.required' })
      .int('errors.field.invalid-format')
      .min(2000, 'errors.field.out-of-range')
      .max(2100, 'errors.field.out-of-range'),
    endYear: z
      .number({ error: 'errors.field.required' })
      .int('errors.field.invalid-format')
      .min(2000, 'errors.field.out-of-range')
      .max(2100, 'errors.field.out-of-range'),
    policyAreaIds: z.array(z.string()),
  })
  .refine((v) => v.endYear >= v.startYear, { path: ['endYear'], message: 'errors.field.before-start' });

export type PlanFormValues = z.infer<typeof planSchema>;

const FIELDS = ['districtId', 'title', 'description', 'startYear', 'endYear', 'policyAreaIds'] as const;

/** The plan office's form for a plan: ambito (on creation), title, period, description and policy areas. */
export function PlanForm({
  defaultValues,
  districts,
  policyAreas,
  submitLabel,
  onSubmit,
  onReload,
}: {
  defaultValues: PlanFormValues;
  /** The ambiti to choose from; on edit the ambito is fixed and this is omitted. */
  districts?: { id: string; name: string }[];
  policyAreas: PolicyArea[];
  submitLabel: string;
  onSubmit: (values: PlanFormValues) => Promise<unknown>;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<PlanFormValues>({ resolver: zodResolver(planSchema), defaultValues });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  const { onSubmit: submit, failure } = useProblemSubmit(form, FIELDS, async (values) => {
    await onSubmit(values);
  });

  return (
    <form onSubmit={submit} noValidate className="zonale-form" aria-label={submitLabel}>
      {districts ? (
        <SelectField
          id="plan-district"
          label={t('plans.form.district')}
          required
          registration={register('districtId')}
          error={errors.districtId}
          placeholder={t('form.choose')}
          options={districts.map((d) => ({ value: d.id, label: d.name }))}
        />
      ) : null}
      <InputField
        id="plan-title"
        label={t('plans.form.title')}
        hint={t('plans.form.titleHint')}
        required
        registration={register('title')}
        error={errors.title}
      />
      <div className="zonale-field-row">
        <InputField
          id="plan-start-year"
          label={t('plans.form.startYear')}
          type="number"
          inputMode="numeric"
          required
          registration={register('startYear', { valueAsNumber: true })}
          error={errors.startYear}
        />
        <InputField
          id="plan-end-year"
          label={t('plans.form.endYear')}
          type="number"
          inputMode="numeric"
          required
          registration={register('endYear', { valueAsNumber: true })}
          error={errors.endYear}
        />
      </div>
      <TextAreaField id="plan-description" label={t('plans.form.description')} registration={register('description')} error={errors.description} />
      <CheckboxGroupField
        id="plan-policy-areas"
        legend={t('plans.form.policyAreas')}
        hint={t('plans.form.policyAreasHint')}
        registration={register('policyAreaIds')}
        error={errors.policyAreaIds}
        options={policyAreas.map((a) => ({ value: a.id, label: a.name }))}
      />
      <FormProblem error={failure} onReload={onReload} />
      <div className="zonale-actions">
        <button type="submit" className="btn btn-primary" aria-disabled={isSubmitting}>
          {isSubmitting ? t('form.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}
