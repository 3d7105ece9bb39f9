import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { InputField, SelectField, TextAreaField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import { useProblemSubmit } from '../../../lib/form';
import type { SurveyCreate } from '../types';

const schema = z
  .object({
    title: z.string().trim().min(1, 'errors.field.required').max(200, 'errors.field.too-long'),
    description: z.string().max(4000, 'errors.field.too-long'),
    mode: z.enum(['blank', 'copy']),
    sourcePlanId: z.string(),
    copyFromSurveyId: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.mode === 'copy' && !v.copyFromSurveyId) ctx.addIssue({ code: 'custom', path: ['copyFromSurveyId'], message: 'errors.field.required' });
  });
export type SurveyNewValues = z.infer<typeof schema>;

/** The body of POST /plans/{id}/surveys from the form. */
export function surveyCreateBody(v: SurveyNewValues): SurveyCreate {
  return {
    title: v.title.trim(),
    description: v.description.trim() || undefined,
    copyFromSurveyId: v.mode === 'copy' ? v.copyFromSurveyId : undefined,
  };
}

/**
 * "Nuovo questionario": a title, a description, and either blank questions or a copy of a published or closed
 * survey of a previous plan of the ambito (chosen plan first, then its survey).
 */
export function SurveyNewForm({
  plans,
  sources,
  onPlanChange,
  onSubmit,
}: {
  plans: { id: string; title: string }[];
  sources: { id: string; title: string }[];
  onPlanChange: (planId: string) => void;
  onSubmit: (values: SurveyNewValues) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useForm<SurveyNewValues>({
    resolver: zodResolver(schema),
    defaultValues: { title: '', description: '', mode: 'blank', sourcePlanId: '', copyFromSurveyId: '' },
  });
  const { register, control } = form;
  const errors = form.formState.errors;
  const mode = useWatch({ control, name: 'mode' });
  const { onSubmit: submit, failure } = useProblemSubmit(form, ['title', 'description', 'copyFromSurveyId'], onSubmit);
  const planField = register('sourcePlanId');
  return (
    <form onSubmit={submit} noValidate className="zonale-form" aria-label={t('surveys.new.title')}>
      <InputField id="new-survey-title" label={t('surveys.form.title')} required registration={register('title')} error={errors.title} />
      <TextAreaField
        id="new-survey-description"
        label={t('surveys.form.description')}
        rows={3}
        registration={register('description')}
        error={errors.description}
      />
      <fieldset className="zonale-field">
        <legend className="form-label">{t('surveys.new.start')}</legend>
        <div className="form-check">
          <input className="form-check-input" type="radio" id="new-survey-blank" value="blank" {...register('mode')} />
          <label className="form-check-label" htmlFor="new-survey-blank">
            {t('surveys.new.blank')}
          </label>
        </div>
        <div className="form-check">
          <input className="form-check-input" type="radio" id="new-survey-copy" value="copy" {...register('mode')} />
          <label className="form-check-label" htmlFor="new-survey-copy">
            {t('surveys.new.copy')}
          </label>
        </div>
      </fieldset>
      {mode === 'copy' ? (
        <>
          {plans.length === 0 ? <p>{t('surveys.new.noPlans')}</p> : null}
          <SelectField
            id="new-survey-plan"
            label={t('surveys.new.sourcePlan')}
            placeholder={t('surveys.new.choose')}
            options={plans.map((p) => ({ value: p.id, label: p.title }))}
            registration={{
              ...planField,
              onChange: async (e) => {
                await planField.onChange(e);
                form.setValue('copyFromSurveyId', '');
                onPlanChange((e.target as HTMLSelectElement).value);
              },
            }}
          />
          <SelectField
            id="new-survey-source"
            label={t('surveys.new.source')}
            hint={t('surveys.new.sourceHint')}
            placeholder={t('surveys.new.choose')}
            required
            options={sources.map((s) => ({ value: s.id, label: s.title }))}
            registration={register('copyFromSurveyId')}
            error={errors.copyFromSurveyId}
          />
        </>
      ) : null}
      <FormProblem error={failure} />
      <div className="zonale-actions">
        <button type="submit" className="btn btn-primary">
          {form.formState.isSubmitting ? t('form.saving') : t('surveys.new.create')}
        </button>
      </div>
    </form>
  );
}
