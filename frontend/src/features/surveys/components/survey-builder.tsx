import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm, useWatch, type Control, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { InputField, SelectField, TextAreaField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import {
  QUESTION_TYPES,
  applySurveyProblem,
  errorMessage,
  neighbour,
  newQuestion,
  nextKey,
  usedKeys,
  usesBounds,
  usesLabels,
  usesOptions,
  usesRows,
  usesUnit,
  withTypeDefaults,
  type BuilderValues,
  type QuestionValues,
} from '../lib';
import { builderSchema } from '../schema';

type Choice = { id: string; name: string };
type Form = UseFormReturn<BuilderValues>;
type Removal = { what: 'section' | 'question'; label: string; run: () => void } | null;

/** Read the error object at a dotted path of the form's errors. */
function errorAt(errors: unknown, path: string): { message?: string } | undefined {
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  const message = errorMessage(node);
  return message ? { message } : undefined;
}

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

function MoveButtons({ label, index, count, onMove }: { label: string; index: number; count: number; onMove: (to: number) => void }) {
  const { t } = useTranslation();
  const up = neighbour(index, -1, count);
  const down = neighbour(index, 1, count);
  return (
    <>
      <button
        type="button"
        className="btn btn-sm btn-outline-secondary"
        disabled={up === null}
        onClick={() => up !== null && onMove(up)}
        aria-label={t('surveys.builder.moveUp', { label })}
      >
        ↑
      </button>{' '}
      <button
        type="button"
        className="btn btn-sm btn-outline-secondary"
        disabled={down === null}
        onClick={() => down !== null && onMove(down)}
        aria-label={t('surveys.builder.moveDown', { label })}
      >
        ↓
      </button>
    </>
  );
}

function SectionEditor({
  form,
  index,
  count,
  tables,
  policyAreas,
  onMove,
  onRemove,
  onRemoveQuestion,
}: {
  form: Form;
  index: number;
  count: number;
  tables: Choice[];
  policyAreas: Choice[];
  onMove: (to: number) => void;
  onRemove: (label: string) => void;
  onRemoveQuestion: (label: string, run: () => void) => void;
}) {
  const { t } = useTranslation();
  const { register, control } = form;
  const errors = form.formState.errors;
  const base = `definition.sections.${index}` as const;
  const questions = useFieldArray({ control, name: `${base}.questions` });
  const title = useWatch({ control, name: `${base}.title` });
  const label = title || t('surveys.builder.sectionN', { n: index + 1 });
  const addQuestion = () => questions.append(newQuestion(nextKey('domanda', usedKeys(form.getValues()))));
  return (
    <section className="zonale-card mb-3" aria-label={label} data-testid={`section-${index}`}>
      <div className="d-flex flex-wrap gap-2 align-items-center justify-content-between">
        <h3 className="h5 mb-0">{label}</h3>
        <span>
          <MoveButtons label={label} index={index} count={count} onMove={onMove} />{' '}
          <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => onRemove(label)}>
            {t('surveys.builder.removeSection')}
          </button>
        </span>
      </div>
      <InputField
        id={`s${index}-title`}
        label={t('surveys.builder.sectionTitle')}
        required
        registration={register(`${base}.title`)}
        error={errorAt(errors, `${base}.title`)}
      />
      <InputField
        id={`s${index}-key`}
        label={t('surveys.builder.key')}
        hint={t('surveys.builder.keyHint')}
        required
        registration={register(`${base}.key`)}
        error={errorAt(errors, `${base}.key`)}
      />
      <TextAreaField
        id={`s${index}-description`}
        label={t('surveys.builder.sectionDescription')}
        rows={2}
        registration={register(`${base}.description`)}
        error={errorAt(errors, `${base}.description`)}
      />
      <ol className="list-unstyled">
        {questions.fields.map((field, q) => (
          <li key={field.id}>
            <QuestionEditor
              form={form}
              section={index}
              index={q}
              count={questions.fields.length}
              tables={tables}
              policyAreas={policyAreas}
              onMove={(to) => questions.swap(q, to)}
              onRemove={(qLabel) => onRemoveQuestion(qLabel, () => questions.remove(q))}
            />
          </li>
        ))}
      </ol>
      <button type="button" className="btn btn-sm btn-outline-primary" onClick={addQuestion}>
        {t('surveys.builder.addQuestion')}
      </button>
    </section>
  );
}

function QuestionEditor({
  form,
  section,
  index,
  count,
  tables,
  policyAreas,
  onMove,
  onRemove,
}: {
  form: Form;
  section: number;
  index: number;
  count: number;
  tables: Choice[];
  policyAreas: Choice[];
  onMove: (to: number) => void;
  onRemove: (label: string) => void;
}) {
  const { t } = useTranslation();
  const { register, control } = form;
  const errors = form.formState.errors;
  const base = `definition.sections.${section}.questions.${index}` as const;
  const id = `s${section}q${index}`;
  const type = useWatch({ control, name: `${base}.type` });
  const title = useWatch({ control, name: `${base}.title` });
  const label = title || t('surveys.builder.questionN', { n: index + 1 });
  const typeField = register(`${base}.type`);
  const err = (name: string) => errorAt(errors, `${base}.${name}`);
  const areaOptions = policyAreas.map((a) => ({ value: a.id, label: a.name }));
  return (
    <fieldset className="zonale-survey-question border rounded p-3 mb-3" data-testid={`question-${section}-${index}`}>
      <legend className="h6 float-none w-auto px-1">{label}</legend>
      <div className="d-flex flex-wrap gap-2 justify-content-end">
        <MoveButtons label={label} index={index} count={count} onMove={onMove} />
        <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => onRemove(label)}>
          {t('surveys.builder.removeQuestion')}
        </button>
      </div>
      <InputField id={`${id}-title`} label={t('surveys.builder.questionTitle')} required registration={register(`${base}.title`)} error={err('title')} />
      <div className="zonale-field-row">
        <SelectField
          id={`${id}-type`}
          label={t('surveys.builder.type')}
          required
          options={QUESTION_TYPES.map((qt) => ({ value: qt, label: t(`surveys.types.${qt}`) }))}
          registration={{
            ...typeField,
            onChange: async (e) => {
              await typeField.onChange(e);
              // why: a choice needs two options, a matrix a row, a rating a scale: give them at once
              const current = form.getValues(base) as QuestionValues;
              const filled = withTypeDefaults(current);
              if (filled !== current) {
                form.setValue(`${base}.options`, filled.options);
                form.setValue(`${base}.rows`, filled.rows);
                form.setValue(`${base}.min`, filled.min);
                form.setValue(`${base}.max`, filled.max);
              }
            },
          }}
          error={err('type')}
        />
        <InputField
          id={`${id}-key`}
          label={t('surveys.builder.key')}
          hint={t('surveys.builder.keyHint')}
          required
          registration={register(`${base}.key`)}
          error={err('key')}
        />
      </div>
      <TextAreaField id={`${id}-help`} label={t('surveys.builder.help')} rows={2} registration={register(`${base}.help`)} error={err('help')} />
      <div className="form-check mb-3">
        <input className="form-check-input" type="checkbox" id={`${id}-required`} {...register(`${base}.required`)} />
        <label className="form-check-label" htmlFor={`${id}-required`}>
          {t('surveys.builder.required')}
        </label>
      </div>
      <div className="zonale-field-row">
        <SelectField
          id={`${id}-table`}
          label={t('surveys.builder.table')}
          placeholder={t('surveys.builder.none')}
          options={tables.map((tb) => ({ value: tb.id, label: tb.name }))}
          registration={register(`${base}.tableId`)}
          error={err('tableId')}
        />
        <SelectField
          id={`${id}-area`}
          label={t('surveys.builder.policyArea')}
          placeholder={t('surveys.builder.none')}
          options={areaOptions}
          registration={register(`${base}.policyAreaId`)}
          error={err('policyAreaId')}
        />
      </div>
      {usesUnit(type) ? (
        <InputField
          id={`${id}-unit`}
          label={t('surveys.builder.unit')}
          hint={t('surveys.builder.unitHint')}
          registration={register(`${base}.unit`)}
          error={err('unit')}
        />
      ) : null}
      {usesBounds(type) ? (
        <div className="zonale-field-row">
          <InputField
            id={`${id}-min`}
            label={t(type === 'RATING' ? 'surveys.builder.ratingMin' : 'surveys.builder.min')}
            inputMode="numeric"
            required={type === 'RATING'}
            registration={register(`${base}.min`)}
            error={err('min')}
          />
          <InputField
            id={`${id}-max`}
            label={t(type === 'RATING' ? 'surveys.builder.ratingMax' : 'surveys.builder.max')}
            hint={type === 'RATING' ? t('surveys.builder.ratingHint') : undefined}
            inputMode="numeric"
            required={type === 'RATING'}
            registration={register(`${base}.max`)}
            error={err('max')}
          />
        </div>
      ) : null}
      {usesLabels(type) ? (
        <div className="zonale-field-row">
          <InputField id={`${id}-min-label`} label={t('surveys.builder.minLabel')} registration={register(`${base}.minLabel`)} error={err('minLabel')} />
          <InputField id={`${id}-max-label`} label={t('surveys.builder.maxLabel')} registration={register(`${base}.maxLabel`)} error={err('maxLabel')} />
        </div>
      ) : null}
      {usesOptions(type) ? <OptionsEditor form={form} base={base} id={id} matrix={type === 'MATRIX'} /> : null}
      {usesRows(type) ? <RowsEditor form={form} base={base} id={id} areaOptions={areaOptions} /> : null}
    </fieldset>
  );
}

type QuestionPath = `definition.sections.${number}.questions.${number}`;

function OptionsEditor({ form, base, id, matrix }: { form: Form; base: QuestionPath; id: string; matrix: boolean }) {
  const { t } = useTranslation();
  const control: Control<BuilderValues> = form.control;
  const options = useFieldArray({ control, name: `${base}.options` });
  const errors = form.formState.errors;
  const listError = errorAt(errors, `${base}.options`);
  const add = () =>
    options.append({
      key: nextKey(
        'opzione',
        form.getValues(`${base}.options`).map((o) => o.key),
      ),
      label: '',
      value: matrix ? String(options.fields.length + 1) : '',
    });
  return (
    <fieldset className="mb-3" aria-describedby={listError ? `${id}-options-error` : undefined}>
      <legend className="form-label">{t(matrix ? 'surveys.builder.columns' : 'surveys.builder.options')}</legend>
      {matrix ? <p className="form-text zonale-hint">{t('surveys.builder.columnsHint')}</p> : null}
      {options.fields.map((field, o) => (
        <div key={field.id} className="zonale-field-row align-items-end" data-testid={`${id}-option-${o}`}>
          <InputField
            id={`${id}-o${o}-label`}
            label={t('surveys.builder.optionLabel', { n: o + 1 })}
            required
            registration={form.register(`${base}.options.${o}.label`)}
            error={errorAt(errors, `${base}.options.${o}.label`)}
          />
          <InputField
            id={`${id}-o${o}-key`}
            label={t('surveys.builder.key')}
            required
            registration={form.register(`${base}.options.${o}.key`)}
            error={errorAt(errors, `${base}.options.${o}.key`)}
          />
          {matrix ? (
            <InputField
              id={`${id}-o${o}-value`}
              label={t('surveys.builder.value')}
              inputMode="numeric"
              registration={form.register(`${base}.options.${o}.value`)}
              error={errorAt(errors, `${base}.options.${o}.value`)}
            />
          ) : null}
          <span className="mb-3">
            <MoveButtons label={t('surveys.builder.optionLabel', { n: o + 1 })} index={o} count={options.fields.length} onMove={(to) => options.swap(o, to)} />{' '}
            <button
              type="button"
              className="btn btn-sm btn-outline-danger"
              onClick={() => options.remove(o)}
              aria-label={t('surveys.builder.removeOption', { n: o + 1 })}
            >
              ✕
            </button>
          </span>
        </div>
      ))}
      {listError?.message ? (
        <p id={`${id}-options-error`} className="zonale-field-error">
          {t(listError.message)}
        </p>
      ) : null}
      <button type="button" className="btn btn-sm btn-outline-primary" onClick={add}>
        {t(matrix ? 'surveys.builder.addColumn' : 'surveys.builder.addOption')}
      </button>
    </fieldset>
  );
}

function RowsEditor({ form, base, id, areaOptions }: { form: Form; base: QuestionPath; id: string; areaOptions: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const rows = useFieldArray({ control: form.control, name: `${base}.rows` });
  const errors = form.formState.errors;
  const listError = errorAt(errors, `${base}.rows`);
  const add = () =>
    rows.append({
      key: nextKey(
        'riga',
        form.getValues(`${base}.rows`).map((r) => r.key),
      ),
      label: '',
      policyAreaId: '',
    });
  return (
    <fieldset className="mb-3" aria-describedby={listError ? `${id}-rows-error` : undefined}>
      <legend className="form-label">{t('surveys.builder.rows')}</legend>
      {rows.fields.map((field, r) => (
        <div key={field.id} className="zonale-field-row align-items-end" data-testid={`${id}-row-${r}`}>
          <InputField
            id={`${id}-r${r}-label`}
            label={t('surveys.builder.rowLabel', { n: r + 1 })}
            required
            registration={form.register(`${base}.rows.${r}.label`)}
            error={errorAt(errors, `${base}.rows.${r}.label`)}
          />
          <InputField
            id={`${id}-r${r}-key`}
            label={t('surveys.builder.key')}
            required
            registration={form.register(`${base}.rows.${r}.key`)}
            error={errorAt(errors, `${base}.rows.${r}.key`)}
          />
          <SelectField
            id={`${id}-r${r}-area`}
            label={t('surveys.builder.policyArea')}
            placeholder={t('surveys.builder.none')}
            options={areaOptions}
            registration={form.register(`${base}.rows.${r}.policyAreaId`)}
            error={errorAt(errors, `${base}.rows.${r}.policyAreaId`)}
          />
          <span className="mb-3">
            <MoveButtons label={t('surveys.builder.rowLabel', { n: r + 1 })} index={r} count={rows.fields.length} onMove={(to) => rows.swap(r, to)} />{' '}
            <button
              type="button"
              className="btn btn-sm btn-outline-danger"
              onClick={() => rows.remove(r)}
              aria-label={t('surveys.builder.removeRow', { n: r + 1 })}
            >
              ✕
            </button>
          </span>
        </div>
      ))}
      {listError?.message ? (
        <p id={`${id}-rows-error`} className="zonale-field-error">
          {t(listError.message)}
        </p>
      ) : null}
      <button type="button" className="btn btn-sm btn-outline-primary" onClick={add}>
        {t('surveys.builder.addRow')}
      </button>
    </fieldset>
  );
}
