import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { InputField, SelectField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import { useProblemSubmit } from '../../../lib/form';
import type { IndicatorCreate, IndicatorFrequency } from '../types';

const FREQUENCIES: IndicatorFrequency[] = ['YEARLY', 'SEMESTER', 'QUARTERLY', 'MONTHLY', 'TRIENNIAL'];
const number = z
  .string()
  .trim()
  .regex(/^-?\d+([.,]\d+)?$/, 'errors.field.invalid-format');
const year = z.coerce.number({ message: 'errors.field.required' }).int().min(2000, 'errors.field.out-of-range').max(2100, 'errors.field.out-of-range');

const schema = z
  .object({
    name: z.string().trim().min(1, 'errors.field.required').max(200, 'errors.field.too-long'),
    unit: z.string().trim().min(1, 'errors.field.required').max(40, 'errors.field.too-long'),
    baselineValue: number,
    baselineYear: year,
    targetValue: number,
    targetYear: year,
    source: z.string().max(500, 'errors.field.too-long'),
    frequency: z.enum(['YEARLY', 'SEMESTER', 'QUARTERLY', 'MONTHLY', 'TRIENNIAL']),
  })
  .refine((v) => v.targetYear >= v.baselineYear, { path: ['targetYear'], message: 'errors.field.before-start' });

type Values = z.input<typeof schema>;
type Parsed = z.output<typeof schema>;
const FIELDS = ['name', 'unit', 'baselineValue', 'baselineYear', 'targetValue', 'targetYear', 'source', 'frequency'] as const;
const toNumber = (v: string) => Number(v.replace(',', '.'));

/** The plan office adds an indicator to an objective: what is measured, from which baseline to which target. */
export function IndicatorForm({ defaultYear, onSave }: { defaultYear: number; onSave: (body: IndicatorCreate) => Promise<unknown> }) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: '',
      unit: '',
      baselineValue: '',
      baselineYear: defaultYear,
      targetValue: '',
      targetYear: defaultYear + 2,
      source: '',
      frequency: 'YEARLY',
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const { onSubmit, failure } = useProblemSubmit(
    form as never,
    FIELDS,
    async (v: Parsed) =>
      onSave({
        name: v.name.trim(),
        unit: v.unit.trim(),
        baselineValue: toNumber(v.baselineValue),
        baselineYear: v.baselineYear,
        targetValue: toNumber(v.targetValue),
        targetYear: v.targetYear,
        source: v.source.trim() || undefined,
        frequency: v.frequency,
      }),
    { resetOnSuccess: true },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="zonale-form" aria-label={t('objectives.indicatorForm.title')}>
      <InputField id="indicator-name" label={t('objectives.indicators.name')} required registration={register('name')} error={errors.name} />
      <InputField id="indicator-unit" label={t('objectives.indicatorForm.unit')} required registration={register('unit')} error={errors.unit} />
      <div className="row">
        <div className="col-6">
          <InputField
            id="indicator-baseline"
            label={t('objectives.indicators.baseline')}
            required
            inputMode="text"
            registration={register('baselineValue')}
            error={errors.baselineValue}
          />
        </div>
        <div className="col-6">
          <InputField
            id="indicator-baseline-year"
            type="number"
            label={t('objectives.indicatorForm.baselineYear')}
            required
            inputMode="numeric"
            registration={register('baselineYear')}
            error={errors.baselineYear}
          />
        </div>
        <div className="col-6">
          <InputField
            id="indicator-target"
            label={t('objectives.indicators.target')}
            required
            inputMode="text"
            registration={register('targetValue')}
            error={errors.targetValue}
          />
        </div>
        <div className="col-6">
          <InputField
            id="indicator-target-year"
            type="number"
            label={t('objectives.indicatorForm.targetYear')}
            required
            inputMode="numeric"
            registration={register('targetYear')}
            error={errors.targetYear}
          />
        </div>
      </div>
      <InputField id="indicator-source" label={t('objectives.indicatorForm.source')} registration={register('source')} error={errors.source} />
      <SelectField
        id="indicator-frequency"
        label={t('objectives.indicatorForm.frequency')}
        options={FREQUENCIES.map((f) => ({ value: f, label: t(`objectives.frequency.${f}`) }))}
        registration={register('frequency')}
        error={errors.frequency}
      />
      <FormProblem error={failure} />
      <div className="zonale-actions">
        <button type="submit" className="btn btn-outline-primary" disabled={isSubmitting}>
          {isSubmitting ? t('form.saving') : t('objectives.indicatorForm.save')}
        </button>
      </div>
    </form>
  );
}
