import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from './api/problem';
import { applyProblemToForm, fieldMessageKey, pointerToPath } from './form';

const invalid = (errors: { pointer: string; detail: string; code: string }[]) =>
  new ApiProblem({ type: 'urn:zonale:problem:invalid-input', title: 'Invalid input', status: 400, errors });

describe('server field errors onto form fields', () => {
  it('turns JSON pointers into form paths, unescaping ~1 and ~0', () => {
    expect(pointerToPath('/agenda/0/title')).toBe('agenda.0.title');
    expect(pointerToPath('/a~1b/c~0d')).toBe('a/b.c~d');
  });

  it('uses the code for the message and falls back to a generic one for unknown codes', () => {
    expect(fieldMessageKey('too-long')).toBe('errors.field.too-long');
    expect(fieldMessageKey('something-new')).toBe('errors.field.invalid');
    expect(fieldMessageKey(undefined)).toBe('errors.field.invalid');
  });

  it('places each error on its field, focusing the first, with aliases and array items', () => {
    const setError = vi.fn();
    const placed = applyProblemToForm(
      invalid([
        { pointer: '/endsAt', detail: 'must be after startsAt', code: 'before-start' },
        { pointer: '/policyAreaIds/2', detail: 'no policy area with this id', code: 'unknown-reference' },
      ]),
      setError,
      ['endTime', 'policyAreaIds'],
      { endsAt: 'endTime' },
    );
    expect(placed).toBe(true);
    expect(setError).toHaveBeenNthCalledWith(1, 'endTime', { type: 'server', message: 'errors.field.before-start' }, { shouldFocus: true });
    expect(setError).toHaveBeenNthCalledWith(2, 'policyAreaIds', { type: 'server', message: 'errors.field.unknown-reference' }, { shouldFocus: false });
  });

  it('reports that an error without a field must be shown above the form', () => {
    const setError = vi.fn();
    expect(applyProblemToForm(invalid([{ pointer: '/unknownThing', detail: 'x', code: 'invalid' }]), setError, ['title'])).toBe(false);
    expect(applyProblemToForm(new Error('network'), setError, ['title'])).toBe(false);
    expect(setError).not.toHaveBeenCalled();
  });
});
