import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { InputField, TextAreaField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import { applySurveyProblem, nextKey, usedKeys, type BuilderValues } from '../lib';
import { builderSchema } from '../schema';
import type { Choice } from './builder-form';
import { SectionEditor } from './section-editor';

type Removal = { what: 'section' | 'question'; label: string; run: () => void } | null;

/**
 * The plan office's survey builder: sections of typed questions, each with the fields its type uses (unit and
 * bounds, options, matrix rows, rating labels), a table and a policy area, moved up and down, deleted after a
 * confirmation, and saved whole with the version it was loaded at. Once published the questions are locked:
 * only title, description and deadline change.
 */
export function SurveyBuilder({
  defaultValues,
  locked,
  showDeadline,
  tables,
  policyAreas,
  onSave,
  onReload,
}: {
  defaultValues: BuilderValues;
  locked: boolean;
  showDeadline: boolean;
  tables: Choice[];
  policyAreas: Choice[];
  onSave: (values: BuilderValues) => Promise<unknown>;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<BuilderValues>({ resolver: zodResolver(builderSchema), defaultValues });
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const sections = useFieldArray({ control, name: 'definition.sections' });
  const [failure, setFailure] = useState<unknown>(null);
  const [removal, setRemoval] = useState<Removal>(null);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await onSave(values);
    } catch (e) {
      if (!applySurveyProblem(e, form.setError, { deadline: 'deadlineDate' })) setFailure(e);
    }
  });

  const addSection = () => {
    const key = nextKey('sezione', usedKeys(form.getValues()));
    sections.append({ key, title: '', description: '', questions: [] });
  };

  return (
    <form onSubmit={(e) => (isSubmitting ? e.preventDefault() : void submit(e))} noValidate className="zonale-form" aria-label={t('surveys.builder.title')}>
      <InputField id="survey-title" label={t('surveys.form.title')} required registration={register('title')} error={errors.title} />
      <TextAreaField id="survey-description" label={t('surveys.form.description')} rows={3} registration={register('description')} error={errors.description} />
      {showDeadline ? (
        <div className="zonale-field-row">
          <InputField
            id="survey-deadline-date"
            label={t('surveys.publish.deadlineDate')}
            type="date"
            registration={register('deadlineDate')}
            error={errors.deadlineDate}
          />
          <InputField
            id="survey-deadline-time"
            label={t('surveys.publish.deadlineTime')}
            type="time"
            registration={register('deadlineTime')}
            error={errors.deadlineTime}
          />
        </div>
      ) : null}
      {locked ? <p className="alert alert-info">{t('surveys.builder.locked')}</p> : null}
      <fieldset disabled={locked} className="zonale-survey-sections">
        <legend className="h3">{t('surveys.builder.sections')}</legend>
        {sections.fields.length === 0 ? <p>{t('surveys.builder.noSections')}</p> : null}
        {sections.fields.map((field, s) => (
          <SectionEditor
            key={field.id}
            form={form}
            index={s}
            count={sections.fields.length}
            tables={tables}
            policyAreas={policyAreas}
            onMove={(to) => sections.swap(s, to)}
            onRemove={(label) => setRemoval({ what: 'section', label, run: () => sections.remove(s) })}
            onRemoveQuestion={(label, run) => setRemoval({ what: 'question', label, run })}
          />
        ))}
        <p>
          <button type="button" className="btn btn-outline-primary" onClick={addSection}>
            {t('surveys.builder.addSection')}
          </button>
        </p>
      </fieldset>
      <FormProblem error={failure} onReload={onReload} />
      <div className="zonale-actions">
        <button type="submit" className="btn btn-primary">
          {isSubmitting ? t('form.saving') : t('form.save')}
        </button>
      </div>
      <ConfirmDialog
        open={removal !== null}
        title={t(removal?.what === 'section' ? 'surveys.builder.removeSectionTitle' : 'surveys.builder.removeQuestionTitle')}
        body={t('surveys.builder.removeBody', { label: removal?.label ?? '' })}
        confirmLabel={t('surveys.builder.remove')}
        danger
        onConfirm={() => {
          removal?.run();
          setRemoval(null);
        }}
        onClose={() => setRemoval(null)}
      />
    </form>
  );
}
