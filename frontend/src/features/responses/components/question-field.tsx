import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessageKey } from '../../../lib/form';
import { errorOf, numberFromInput, withAnswer, withMatrixCell } from '../lib';
import type { Answers, SurveyQuestion } from '../types';

type Props = {
  question: SurveyQuestion;
  answers: Answers;
  errors: Record<string, string>;
  disabled: boolean;
  onChange: (answers: Answers) => void;
};

/** The id of a question's input (or of its fieldset), also the target of "go to the error". */
export const questionId = (key: string, row?: string) => `q-${key}${row ? `-${row}` : ''}`;

function Required() {
  const { t } = useTranslation();
  return <span className="zonale-required"> {t('form.requiredMark')}</span>;
}

function Hint({ id, text }: { id: string; text?: string | null }) {
  return text ? (
    <p id={`${id}-hint`} className="form-text zonale-hint">
      {text}
    </p>
  ) : null;
}

function ErrorText({ id, code }: { id: string; code?: string }) {
  const { t } = useTranslation();
  return code ? (
    <p id={`${id}-error`} className="zonale-field-error">
      {t(fieldMessageKey(code))}
    </p>
  ) : null;
}

function describedBy(id: string, hint: boolean, error: boolean) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return { 'aria-describedby': ids.length ? ids.join(' ') : undefined, 'aria-invalid': error || undefined };
}

function Group({
  id,
  legend,
  required,
  hint,
  error,
  children,
}: {
  id: string;
  legend: string;
  required: boolean;
  hint?: string | null;
  error?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="zonale-field" id={id} {...describedBy(id, !!hint, !!error)}>
      <legend className="form-label">
        {legend}
        {required ? <Required /> : null}
      </legend>
      <Hint id={id} text={hint} />
      {children}
      <ErrorText id={id} code={error} />
    </fieldset>
  );
}

/** One question of a survey, drawn with the Designers Italia form classes; errors come from the server's pointers. */
export function QuestionField({ question: q, answers, errors, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const id = questionId(q.key);
  const error = errorOf(errors, q.key);
  const value = answers[q.key];
  const set = (v: unknown) => onChange(withAnswer(answers, q.key, v));

  switch (q.type) {
    case 'SHORT_TEXT':
    case 'LONG_TEXT':
    case 'NUMBER':
    case 'DATE': {
      const common = {
        id,
        disabled,
        className: `form-control${error ? ' is-invalid' : ''}`,
        'aria-required': q.required || undefined,
        ...describedBy(id, !!(q.help || q.unit), !!error),
      };
      const hint = [q.help, q.unit ? t('responses.form.unit', { unit: q.unit }) : null].filter(Boolean).join(' ');
      return (
        <div className="zonale-field">
          <label htmlFor={id} className="form-label">
            {q.title}
            {q.required ? <Required /> : null}
          </label>
          <Hint id={id} text={hint} />
          {q.type === 'LONG_TEXT' ? (
            <textarea {...common} rows={5} value={typeof value === 'string' ? value : ''} onChange={(e) => set(e.target.value)} />
          ) : q.type === 'NUMBER' ? (
            <input
              {...common}
              type="text"
              inputMode="decimal"
              value={value === undefined || value === null ? '' : String(value)}
              onChange={(e) => set(numberFromInput(e.target.value))}
            />
          ) : (
            <input
              {...common}
              type={q.type === 'DATE' ? 'date' : 'text'}
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => set(e.target.value)}
            />
          )}
          <ErrorText id={id} code={error} />
        </div>
      );
    }
    case 'SINGLE_CHOICE':
      return (
        <Group id={id} legend={q.title} required={!!q.required} hint={q.help} error={error}>
          {(q.options ?? []).map((o) => (
            <div className="form-check" key={o.key}>
              <input
                className="form-check-input"
                type="radio"
                name={id}
                id={`${id}-${o.key}`}
                disabled={disabled}
                checked={value === o.key}
                onChange={() => set(o.key)}
              />
              <label className="form-check-label" htmlFor={`${id}-${o.key}`}>
                {o.label}
              </label>
            </div>
          ))}
        </Group>
      );
    case 'MULTIPLE_CHOICE': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <Group id={id} legend={q.title} required={!!q.required} hint={q.help} error={error}>
          {(q.options ?? []).map((o) => (
            <div className="form-check" key={o.key}>
              <input
                className="form-check-input"
                type="checkbox"
                id={`${id}-${o.key}`}
                disabled={disabled}
                checked={chosen.includes(o.key)}
                onChange={(e) => set(e.target.checked ? [...chosen, o.key] : chosen.filter((k) => k !== o.key))}
              />
              <label className="form-check-label" htmlFor={`${id}-${o.key}`}>
                {o.label}
              </label>
            </div>
          ))}
        </Group>
      );
    }
    case 'RATING': {
      const min = q.min ?? 1;
      const max = q.max ?? 5;
      const points = Array.from({ length: Math.max(0, Math.min(11, max - min + 1)) }, (_, i) => min + i);
      const scale = [q.minLabel ? `${min} = ${q.minLabel}` : null, q.maxLabel ? `${max} = ${q.maxLabel}` : null].filter(Boolean).join(', ');
      return (
        <Group id={id} legend={q.title} required={!!q.required} hint={[q.help, scale].filter(Boolean).join(' ')} error={error}>
          <div className="d-flex flex-wrap gap-3">
            {points.map((p) => (
              <div className="form-check form-check-inline m-0" key={p}>
                <input
                  className="form-check-input"
                  type="radio"
                  name={id}
                  id={`${id}-${p}`}
                  disabled={disabled}
                  checked={value === p}
                  onChange={() => set(p)}
                />
                <label className="form-check-label" htmlFor={`${id}-${p}`}>
                  {p}
                </label>
              </div>
            ))}
          </div>
        </Group>
      );
    }
    case 'MATRIX': {
      // why: on a 360 px phone a grid of radios does not fit; each row is its own small radio group
      const cells = (value as Record<string, string> | undefined) ?? {};
      return (
        <Group id={id} legend={q.title} required={!!q.required} hint={q.help} error={error}>
          {(q.rows ?? []).map((row) => {
            const rowId = questionId(q.key, row.key);
            const rowError = errorOf(errors, q.key, row.key);
            return (
              <fieldset key={row.key} id={rowId} className="zonale-matrix-row border-bottom py-2" {...describedBy(rowId, false, !!rowError)}>
                <legend className="fs-6 fw-semibold mb-1">{row.label}</legend>
                <div className="d-flex flex-wrap gap-3">
                  {(q.options ?? []).map((o) => (
                    <div className="form-check form-check-inline m-0" key={o.key}>
                      <input
                        className="form-check-input"
                        type="radio"
                        name={rowId}
                        id={`${rowId}-${o.key}`}
                        disabled={disabled}
                        checked={cells[row.key] === o.key}
                        onChange={() => onChange(withMatrixCell(answers, q, row.key, o.key))}
                      />
                      <label className="form-check-label" htmlFor={`${rowId}-${o.key}`}>
                        {o.label}
                      </label>
                    </div>
                  ))}
                </div>
                <ErrorText id={rowId} code={rowError} />
              </fieldset>
            );
          })}
        </Group>
      );
    }
    default:
      return null;
  }
}
