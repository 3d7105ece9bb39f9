import { describe, expect, it } from 'vitest';
import { choiceQuestion, matrixQuestion, numberQuestion } from '../testing-fixtures';
import { chartData } from './chart-data';

describe('chartData', () => {
  it('leaves suppressed counts out instead of drawing them as zero', () => {
    const data = chartData(choiceQuestion, 'Organizzazioni')!;
    expect(data.labels).toEqual(['Trasporto', 'Sportello', 'Mensa']);
    expect(data.datasets[0]!.data).toEqual([20, null, null]);
    expect(data.stacked).toBe(false);
  });

  it('stacks a matrix: one bar per row, one segment per column', () => {
    const data = chartData(matrixQuestion, 'Organizzazioni')!;
    expect(data.labels).toEqual(['Domiciliarità', 'Casa']);
    expect(data.datasets.map((d) => d.label)).toEqual(['Basso', 'Medio', 'Alto']);
    expect(data.datasets.map((d) => d.data)).toEqual([
      [4, null],
      [8, null],
      [8, null],
    ]);
    expect(data.stacked).toBe(true);
  });

  it('has no chart for numbers, whose table says it all', () => {
    expect(chartData(numberQuestion, 'x')).toBeNull();
  });
});
