import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { InputField, TextAreaField } from '../../../components/form/field';
import { newQuestion, nextKey, usedKeys } from '../lib';
import { errorAt, type BuilderForm, type Choice } from './builder-form';
import { MoveButtons } from './move-buttons';
import { QuestionEditor } from './question-editor';

/** One section: title, key and description, and its questions, added, moved and removed (after the builder's confirmation). */
export function SectionEditor({
  form,
  index,
  count,
  tables,
  policyAreas,
  onMove,
  onRemove,
  onRemoveQuestion,
}: {
  form: BuilderForm;
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
