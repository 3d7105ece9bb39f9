import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { InputField, SelectField } from '../../../components/form/field';
import { nextKey } from '../lib';
import { errorAt, type BuilderForm, type QuestionPath } from './builder-form';
import { ItemControls } from './move-buttons';

/** A matrix question's rows, each with the policy area it speaks of. */
export function RowsEditor({
  form,
  base,
  id,
  areaOptions,
}: {
  form: BuilderForm;
  base: QuestionPath;
  id: string;
  areaOptions: { value: string; label: string }[];
}) {
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
          <ItemControls
            label={t('surveys.builder.rowLabel', { n: r + 1 })}
            removeLabel={t('surveys.builder.removeRow', { n: r + 1 })}
            index={r}
            count={rows.fields.length}
            onMove={(to) => rows.swap(r, to)}
            onRemove={() => rows.remove(r)}
          />
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
