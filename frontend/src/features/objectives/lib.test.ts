import { describe, expect, it } from 'vitest';
import { findingsText, formatEuro, linesOf, measurementYears, parseFindings } from './lib';

describe('objectives lib', () => {
  it('writes euro the Italian way', () => {
    expect(formatEuro('125000.50', 'it').replace(/\s/g, ' ')).toBe('125.000,50 €');
  });

  it('offers the years from the baseline to one after the target', () => {
    expect(measurementYears({ baselineYear: 2021, targetYear: 2023 })).toEqual([2021, 2022, 2023, 2024]);
  });

  it('keeps one action per non-blank line', () => {
    expect(linesOf(' Mappare \n\n Formare ')).toEqual(['Mappare', 'Formare']);
  });

  it('reads findings and reports malformed lines', () => {
    const id = '3f1d7a52-1111-4222-8333-444455556666';
    const { findings, bad } = parseFindings(`${id} livello_bisogno anziani\n${id} note\nnot-an-id q`);
    expect(findings).toEqual([
      { surveyId: id, questionKey: 'livello_bisogno', rowKey: 'anziani' },
      { surveyId: id, questionKey: 'note' },
    ]);
    expect(bad).toEqual([3]);
    expect(findingsText(findings)).toBe(`${id} livello_bisogno anziani\n${id} note`);
  });
});
