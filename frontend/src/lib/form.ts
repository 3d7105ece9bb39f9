import { useState, type FormEvent } from 'react';
import type { FieldValues, Path, UseFormReturn, UseFormSetError } from 'react-hook-form';
import { ApiProblem } from './api/problem';

/** Turns an RFC 6901 JSON pointer (`/agenda/0/title`) into a react-hook-form path (`agenda.0.title`). */
export function pointerToPath(pointer: string): string {
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

/** The i18n key of a field message: client (zod) messages are already keys; server ones are chosen by `code`. */
export function fieldMessageKey(code: string | undefined): string {
  return `errors.field.${code && FIELD_CODES.has(code) ? code : 'invalid'}`;
}

const FIELD_CODES = new Set([
  'required',
  'too-long',
  'too-short',
  'too-many',
  'out-of-range',
  'invalid-format',
  'unknown-reference',
  'not-allowed',
  'before-start',
  'too-long-duration',
  'invalid-tax-code',
  'invalid',
]);

/**
 * Places a 400's `errors[]` next to the fields they point at (the first one gets the focus).
 * Returns true when every error found a field, so the caller shows no general alert.
 */
export function applyProblemToForm<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly string[],
  /** Request fields shown under another form field, e.g. `{ endsAt: 'endTime' }`. */
  aliases: Record<string, string> = {},
): boolean {
  if (!(error instanceof ApiProblem) || !error.problem.errors?.length) return false;
  let placedAll = true;
  let first = true;
  for (const e of error.problem.errors) {
    const raw = pointerToPath(e.pointer);
    const head = raw.split('.')[0] ?? raw;
    const path = aliases[head] ? aliases[head] + raw.slice(head.length) : raw;
    // why: `/policyAreaIds/2` belongs to the `policyAreaIds` field, which is one group of checkboxes
    const field = fields.find((f) => path === f || path.startsWith(`${f}.`));
    if (!field) {
      placedAll = false;
      continue;
    }
    setError(field as Path<T>, { type: 'server', message: fieldMessageKey(e.code) }, { shouldFocus: first });
    first = false;
  }
  return placedAll;
}

/**
 * The submit handler every form of the SPA shares: runs `onSubmit` with the valid values, places the
 * server's field errors on their fields, and keeps any other failure to show above the buttons. A
 * second submit while the first is running is ignored.
 */
export function useProblemSubmit<T extends FieldValues>(
  form: UseFormReturn<T>,
  fields: readonly string[],
  onSubmit: (values: T) => Promise<unknown>,
  { aliases, resetOnSuccess = false }: { aliases?: Record<string, string>; resetOnSuccess?: boolean } = {},
) {
  const [failure, setFailure] = useState<unknown>(null);
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await onSubmit(values);
      if (resetOnSuccess) form.reset();
    } catch (e) {
      if (!applyProblemToForm(e, form.setError, fields, aliases)) setFailure(e);
    }
  });
  const onFormSubmit = (event: FormEvent<HTMLFormElement>) => (form.formState.isSubmitting ? event.preventDefault() : void submit(event));
  return { onSubmit: onFormSubmit, failure };
}
