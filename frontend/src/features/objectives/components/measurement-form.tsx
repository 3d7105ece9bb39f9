import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { InputField, SelectField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import { useProblemSubmit } from '../../../lib/form';
import { measurementYears } from '../lib';
import type { Indicator, MeasurementPut } from '../types';

const schema = z.object({
  indicatorId: z.string().min(1, 'errors.field.required'),
  year: z.string().min(1, 'errors.field.required'),
  value: z
    .string()
    .trim()
    .regex(/^-?\d+([.,]\d+)?$/, 'errors.field.invalid-format'),
  note: z.string().max(1000, 'errors.field.too-long'),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['indicatorId', 'year', 'value', 'note'] as const;

/**
 * The plan office records the value of a year (also after approval, for monitoring); a year already recorded is
 * corrected with its current version, so a colleague's newer value is never overwritten silently.
 */
export function MeasurementForm({
  indicators,
  onSave,
  onReload,
}: {
  indicators: Indicator[];
  onSave: (args: { indicatorId: string; year: number; body: MeasurementPut }) => Promise<unknown>;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState('');
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { indicatorId: indicators[0]?.id ?? '', year: '', value: '', note: '' } });
  const {
    register,
    watch,
    formState: { errors, isSubmitting },
  } = form;
  const indicator = indicators.find((i) => i.id === watch('indicatorId'));
  const { onSubmit, failure } = useProblemSubmit(form, FIELDS, async (v) => {
    setNotice('');
    const year = Number(v.year);
    const existing = indicator?.measurements.find((m) => m.year === year);
    await onSave({
      indicatorId: v.indicatorId,
      year,
      body: { value: Number(v.value.replace(',', '.')), note: v.note.trim() || undefined, version: existing?.version },
    });
    setNotice(t('objectives.measurementForm.saved', { year }));
  });
  return (
    <form onSubmit={onSubmit} noValidate className="zonale-form" aria-label={t('objectives.measurementForm.title')}>
      <SelectField
        id="measurement-indicator"
        label={t('objectives.indicators.name')}
        required
        options={indicators.map((i) => ({ value: i.id, label: `${i.name} (${i.unit})` }))}
        registration={register('indicatorId')}
        error={errors.indicatorId}
      />
      <SelectField
        id="measurement-year"
        label={t('objectives.measurementForm.year')}
        required
        placeholder=""
        options={(indicator ? measurementYears(indicator) : []).map((y) => ({
          value: String(y),
          label: indicator?.measurements.some((m) => m.year === y) ? t('objectives.measurementForm.recorded', { year: y }) : String(y),
        }))}
        registration={register('year')}
        error={errors.year}
      />
      <InputField
        id="measurement-value"
        label={t('objectives.measurementForm.value')}
        required
        inputMode="text"
        registration={register('value')}
        error={errors.value}
      />
      <InputField id="measurement-note" label={t('objectives.measurementForm.note')} registration={register('note')} error={errors.note} />
      <FormProblem error={failure} onReload={onReload} />
      <div role="status" aria-live="polite">
        {notice ? <p className="text-success fw-semibold">{notice}</p> : null}
      </div>
      <div className="zonale-actions">
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {isSubmitting ? t('form.saving') : t('objectives.measurementForm.save')}
        </button>
      </div>
    </form>
  );
}
