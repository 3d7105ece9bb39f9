import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../../lib/api/problem';
import { applySurveyProblem, builderValues, definitionOf, neighbour, newQuestion, nextKey, updateBody, usedKeys, withTypeDefaults } from './lib';
import type { SurveyDefinition } from './types';

const definition: SurveyDefinition = {
  sections: [
    {
      key: 'bisogni',
      title: 'Bisogni del territorio',
      questions: [
        {
          key: 'bisogni_area',
          type: 'MATRIX',
          title: 'Livello di bisogno per area',
          required: true,
          options: [
            { key: 'basso', label: 'Basso', value: 1 },
            { key: 'alto', label: 'Alto', value: 4 },
          ],
          rows: [{ key: 'casa', label: 'Politiche abitative', policyAreaId: 'a3' }],
        },
        { key: 'volontari', type: 'NUMBER', title: 'Volontari', required: false, unit: 'volontari', min: 0 },
      ],
    },
  ],
};

describe('survey builder values', () => {
  it('round-trips a stored definition through the form', () => {
    const values = builderValues({ title: 'Scheda', definition });
    expect(values.definition.sections[0]!.questions[1]!.min).toBe('0');
    expect(values.definition.sections[0]!.questions[1]!.max).toBe('');
    const back = definitionOf(values);
    expect(back.sections[0]!.questions[0]!.options).toEqual(definition.sections[0]!.questions[0]!.options);
    expect(back.sections[0]!.questions[0]!.rows).toEqual(definition.sections[0]!.questions[0]!.rows);
    expect(back.sections[0]!.questions[1]).toMatchObject({ unit: 'volontari', min: 0, max: undefined, options: undefined, rows: undefined });
  });

  it('sends only the fields the question type uses, so that a changed type is not refused', () => {
    const values = builderValues({ title: 'Scheda', definition });
    const q = values.definition.sections[0]!.questions[0]!;
    q.type = 'LONG_TEXT';
    q.unit = 'persone';
    const sent = definitionOf(values).sections[0]!.questions[0]!;
    expect(sent).toMatchObject({
      type: 'LONG_TEXT',
      options: undefined,
      rows: undefined,
      unit: undefined,
      min: undefined,
      max: undefined,
      minLabel: undefined,
    });
  });

  it('sends the deadline with Rome’s offset, and none while it is empty', () => {
    const values = builderValues({ title: ' Scheda ', description: '  ', definition });
    expect(updateBody(values, 3)).toMatchObject({ title: 'Scheda', description: undefined, deadline: undefined, version: 3 });
    values.deadlineDate = '2030-09-20';
    values.deadlineTime = '23:59';
    expect(updateBody(values, 3).deadline).toBe('2030-09-20T23:59:00+02:00');
  });

  it('makes new keys that no section or question uses', () => {
    const values = builderValues({ title: 'Scheda', definition });
    expect(usedKeys(values)).toEqual(new Set(['bisogni', 'bisogni_area', 'volontari']));
    expect(nextKey('domanda', ['domanda_1', 'domanda_3'])).toBe('domanda_2');
  });

  it('gives a new choice two options, a matrix a row and valued columns, a rating a 1-5 scale', () => {
    expect(withTypeDefaults(newQuestion('q', 'SINGLE_CHOICE')).options).toHaveLength(2);
    const matrix = newQuestion('m', 'MATRIX');
    expect(matrix.rows).toHaveLength(1);
    expect(matrix.options.map((o) => o.value)).toEqual(['1', '2']);
    expect(new Set(matrix.options.map((o) => o.key)).size).toBe(2);
    expect(newQuestion('r', 'RATING')).toMatchObject({ min: '1', max: '5' });
    expect(newQuestion('t', 'SHORT_TEXT')).toMatchObject({ options: [], rows: [], min: '' });
  });

  it('moves within the list only', () => {
    expect(neighbour(0, -1, 3)).toBeNull();
    expect(neighbour(0, 1, 3)).toBe(1);
    expect(neighbour(2, 1, 3)).toBeNull();
  });

  it('places the server’s pointers on the builder’s fields', () => {
    const setError = vi.fn();
    const problem = new ApiProblem({
      type: 'urn:zonale:problem:invalid-input',
      title: 'Invalid',
      status: 400,
      errors: [
        { pointer: '/definition/sections/0/questions/2/options', detail: 'needs at least 2 options', code: 'too-short' },
        { pointer: '/deadline', detail: 'must be in the future', code: 'out-of-range' },
      ],
    });
    expect(applySurveyProblem(problem, setError, { deadline: 'deadlineDate' })).toBe(true);
    expect(setError).toHaveBeenCalledWith(
      'definition.sections.0.questions.2.options',
      { type: 'server', message: 'errors.field.too-short' },
      { shouldFocus: true },
    );
    expect(setError).toHaveBeenCalledWith('deadlineDate', { type: 'server', message: 'errors.field.out-of-range' }, { shouldFocus: false });
    expect(applySurveyProblem(new Error('network'), setError)).toBe(false);
  });
});
