import { describe, expect, it } from 'vitest';
import { errorsByField, firstSectionWithError, isAnswered, numberFromInput, sectionProgress, share, withAnswer, withMatrixCell } from './lib';
import type { SurveyQuestion, SurveySection } from './types';

const matrix: SurveyQuestion = {
  key: 'needs',
  type: 'MATRIX',
  title: 'Bisogni',
  required: true,
  options: [
    { key: 'basso', label: 'Basso' },
    { key: 'alto', label: 'Alto' },
  ],
  rows: [
    { key: 'casa', label: 'Casa' },
    { key: 'lavoro', label: 'Lavoro' },
  ],
};
const sections: SurveySection[] = [
  { key: 'ente', title: 'Ente', questions: [{ key: 'name', type: 'SHORT_TEXT', title: 'Nome', required: true }] },
  { key: 'bisogni', title: 'Bisogni', questions: [matrix] },
];

describe('responses lib', () => {
  it('turns the API pointers into field keys, matrix rows included', () => {
    expect(
      errorsByField([
        { pointer: '/answers/name', code: 'required' },
        { pointer: '/answers/needs/lavoro', code: 'required' },
        { pointer: '/subdistrictId', code: 'unknown-reference' },
      ]),
    ).toEqual({ name: 'required', 'needs/lavoro': 'required', subdistrictId: 'unknown-reference' });
  });

  it('opens the section of the first error', () => {
    expect(firstSectionWithError(sections, { 'needs/casa': 'required' })).toBe(1);
    expect(firstSectionWithError(sections, {})).toBe(0);
  });

  it('counts answers as the server does: blanks and empty lists are not answers', () => {
    expect(isAnswered('  ')).toBe(false);
    expect(isAnswered([])).toBe(false);
    expect(isAnswered(0)).toBe(true);
    expect(isAnswered({ casa: 'alto' })).toBe(true);
    expect(withAnswer({ name: 'x' }, 'name', '')).toEqual({});
  });

  it('counts a matrix as answered only when every row is', () => {
    let answers = withMatrixCell({}, matrix, 'casa', 'alto');
    expect(answers).toEqual({ needs: { casa: 'alto' } });
    expect(sectionProgress(sections[1]!, answers)).toEqual({ answered: 0, total: 1 });
    answers = withMatrixCell(answers, matrix, 'lavoro', 'basso');
    expect(sectionProgress(sections[1]!, answers)).toEqual({ answered: 1, total: 1 });
    expect(withMatrixCell(answers, matrix, 'casa', null)).toEqual({ needs: { lavoro: 'basso' } });
  });

  it('reads numbers with a decimal comma and leaves other text for the server to name', () => {
    expect(numberFromInput('12,5')).toBe(12.5);
    expect(numberFromInput('')).toBeNull();
    expect(numberFromInput('dodici')).toBe('dodici');
  });

  it('gives the share of submitted responses, 0 when none is expected', () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 0)).toBe(0);
  });
});
