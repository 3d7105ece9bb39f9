import { useFieldArray, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { InputField } from '../../../components/form/field';
import { nextKey, type BuilderValues } from '../lib';
import { errorAt, type BuilderForm, type QuestionPath } from './builder-form';
import { ItemControls } from './move-buttons';

/** A choice question's options, or a matrix question's columns (with the value each one counts as). */
export function OptionsEditor({ form, base, id, matrix }: { form: BuilderForm; base: QuestionPath; id: string; matrix: boolean }) {
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
          <ItemControls
            label={t('surveys.builder.optionLabel', { n: o + 1 })}
            removeLabel={t('surveys.builder.removeOption', { n: o + 1 })}
            index={o}
            count={options.fields.length}
            onMove={(to) => options.swap(o, to)}
            onRemove={() => options.remove(o)}
          />
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
