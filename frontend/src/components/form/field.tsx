import type { ReactNode } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

type FieldFrame = {
  id: string;
  label: string;
  hint?: string;
  error?: FieldError | { message?: string };
  required?: boolean;
};

/** The accessible wiring of one field: ids for the hint and the error, and `aria-invalid`. */
function describedBy(id: string, hint?: string, error?: FieldFrame['error']) {
  const ids = [hint ? `${id}-hint` : null, error?.message ? `${id}-error` : null].filter(Boolean);
  return { 'aria-describedby': ids.length ? ids.join(' ') : undefined, 'aria-invalid': error?.message ? true : undefined };
}

/** A field's label, hint and error message (an i18n key, from zod or from the server's `code`). */
function Frame({ id, label, hint, error, required, children }: FieldFrame & { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="zonale-field">
      <label htmlFor={id} className="form-label">
        {label}
        {required ? <span className="zonale-required"> {t('form.requiredMark')}</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="form-text zonale-hint">
          {hint}
        </p>
      ) : null}
      {children}
      {error?.message ? (
        <p id={`${id}-error`} className="zonale-field-error">
          {t(error.message)}
        </p>
      ) : null}
    </div>
  );
}

type InputProps = FieldFrame & {
  registration: UseFormRegisterReturn;
  type?: 'text' | 'number' | 'date' | 'time' | 'email' | 'url';
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email' | 'url';
};

/** A text, number, date or time input with its label, hint and error. */
export function InputField({ registration, type = 'text', autoComplete, inputMode, ...frame }: InputProps) {
  return (
    <Frame {...frame}>
      <input
        id={frame.id}
        type={type}
        className={`form-control${frame.error?.message ? ' is-invalid' : ''}`}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-required={frame.required || undefined}
        {...describedBy(frame.id, frame.hint, frame.error)}
        {...registration}
      />
    </Frame>
  );
}

/** A multi-line text input with its label, hint and error. */
export function TextAreaField({ registration, rows = 4, ...frame }: FieldFrame & { registration: UseFormRegisterReturn; rows?: number }) {
  return (
    <Frame {...frame}>
      <textarea
        id={frame.id}
        rows={rows}
        className={`form-control${frame.error?.message ? ' is-invalid' : ''}`}
        aria-required={frame.required || undefined}
        {...describedBy(frame.id, frame.hint, frame.error)}
        {...registration}
      />
    </Frame>
  );
}

/** A native select (the most accessible choice on phones) with its label, hint and error. */
export function SelectField({
  registration,
  options,
  placeholder,
  ...frame
}: FieldFrame & { registration: UseFormRegisterReturn; options: { value: string; label: string }[]; placeholder?: string }) {
  return (
    <Frame {...frame}>
      <select
        id={frame.id}
        className={`form-select${frame.error?.message ? ' is-invalid' : ''}`}
        aria-required={frame.required || undefined}
        {...describedBy(frame.id, frame.hint, frame.error)}
        {...registration}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** A group of checkboxes for a list of ids, as a fieldset with a legend. */
export function CheckboxGroupField({
  id,
  legend,
  hint,
  error,
  registration,
  options,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: FieldError | { message?: string };
  registration: UseFormRegisterReturn;
  options: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="zonale-field" id={id} aria-describedby={describedBy(id, hint, error)['aria-describedby']}>
      <legend className="form-label">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="form-text zonale-hint">
          {hint}
        </p>
      ) : null}
      <div className="zonale-checkboxes">
        {options.map((o) => (
          <div className="form-check" key={o.value}>
            <input className="form-check-input" type="checkbox" id={`${id}-${o.value}`} value={o.value} {...registration} />
            <label className="form-check-label" htmlFor={`${id}-${o.value}`}>
              {o.label}
            </label>
          </div>
        ))}
      </div>
      {error?.message ? (
        <p id={`${id}-error`} className="zonale-field-error">
          {t(error.message)}
        </p>
      ) : null}
    </fieldset>
  );
}
