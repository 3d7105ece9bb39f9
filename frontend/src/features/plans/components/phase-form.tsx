import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { InputField, SelectField, TextAreaField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import { useProblemSubmit } from '../../../lib/form';
import type { PhaseKind } from '../types';

const KINDS: PhaseKind[] = [
  'DRAFTING',
  'CALL_FOR_INTEREST',
  'NEEDS_SURVEY',
  'OPEN_EVENT',
  'TABLE_WORK',
  'SOCIALISATION',
  'APPROVAL',
  'AGREEMENT',
  'CO_DESIGN',
  'MONITORING',
  'OTHER',
];

const phaseSchema = z
  .object({
    kind: z.enum(KINDS, { error: 'errors.field.required' }),
    name: z.string().trim().min(1, 'errors.field.required').max(200, 'errors.field.too-long'),
    description: z.string().max(2000, 'errors.field.too-long'),
    startDate: z.string().min(1, 'errors.field.required'),
    endDate: z.string(),
  })
  .refine((v) => !v.endDate || v.endDate >= v.startDate, { path: ['endDate'], message: 'errors.field.before-start' });

export type PhaseFormValues = z.infer<typeof phaseSchema>;

const FIELDS = ['kind', 'name', 'description', 'startDate', 'endDate'] as const;

/** A phase of the plan's timeline: a period (start and end) or a milestone (start only). */
export function PhaseForm({
  idPrefix,
  defaultValues,
  submitLabel,
  onSubmit,
  onCancel,
  onReload,
}: {
  idPrefix: string;
  defaultValues: PhaseFormValues;
  submitLabel: string;
  onSubmit: (values: PhaseFormValues) => Promise<unknown>;
  onCancel?: () => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<PhaseFormValues>({ resolver: zodResolver(phaseSchema), defaultValues });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  const { onSubmit: submit, failure } = useProblemSubmit(
    form,
    FIELDS,
    async (values) => {
      await onSubmit(values);
    },
    { resetOnSuccess: !onCancel },
  );

  return (
    <form onSubmit={submit} noValidate className="zonale-form" aria-label={submitLabel}>
      <div className="zonale-field-row">
        <SelectField
          id={`${idPrefix}-kind`}
          label={t('plans.phaseForm.kind')}
          required
          registration={register('kind')}
          error={errors.kind}
          options={KINDS.map((k) => ({ value: k, label: t(`plans.timeline.kind.${k}`) }))}
        />
        <InputField id={`${idPrefix}-name`} label={t('plans.phaseForm.name')} required registration={register('name')} error={errors.name} />
      </div>
      <div className="zonale-field-row">
        <InputField
          id={`${idPrefix}-start`}
          label={t('plans.phaseForm.startDate')}
          type="date"
          required
          registration={register('startDate')}
          error={errors.startDate}
        />
        <InputField
          id={`${idPrefix}-end`}
          label={t('plans.phaseForm.endDate')}
          hint={t('plans.phaseForm.endDateHint')}
          type="date"
          registration={register('endDate')}
          error={errors.endDate}
        />
      </div>
      <TextAreaField
        id={`${idPrefix}-description`}
        label={t('plans.phaseForm.description')}
        rows={2}
        registration={register('description')}
        error={errors.description}
      />
      <FormProblem error={failure} onReload={onReload} />
      <div className="zonale-actions">
        <button type="submit" className="btn btn-primary btn-sm">
          {isSubmitting ? t('form.saving') : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
