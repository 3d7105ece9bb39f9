import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { InputField, SelectField, TextAreaField } from '../../../components/form/field';
import { QUESTION_TYPES, usesBounds, usesLabels, usesOptions, usesRows, usesUnit, withTypeDefaults, type QuestionValues } from '../lib';
import { errorAt, type BuilderForm, type Choice } from './builder-form';
import { MoveButtons } from './move-buttons';
import { OptionsEditor } from './options-editor';
import { RowsEditor } from './rows-editor';

/** One question: its title, type, key, help, whether it is required, its table and policy area, and the fields its type uses. */
export function QuestionEditor({
  form,
  section,
  index,
  count,
  tables,
  policyAreas,
  onMove,
  onRemove,
}: {
  form: BuilderForm;
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
