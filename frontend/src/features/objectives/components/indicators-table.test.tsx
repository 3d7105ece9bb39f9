import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import type { Indicator } from '../types';
import { IndicatorsTable } from './indicators-table';

const indicator: Indicator = {
  id: 'i1',
  objectiveId: 'o1',
  name: 'Anziani soli seguiti a domicilio',
  unit: 'persone',
  baselineValue: 180,
  baselineYear: 2021,
  targetValue: 240,
  targetYear: 2023,
  source: 'Cartella sociale',
  frequency: 'YEARLY',
  measurements: [
    { year: 2022, value: 214, version: 0, updatedAt: '2023-01-20T10:00:00+01:00' },
    { year: 2023, value: 231.5, version: 0, updatedAt: '2024-01-20T10:00:00+01:00' },
  ],
  progress: { basis: 'BASELINE_TO_TARGET', latestYear: 2023, latestValue: 231.5, ratio: 0.858, percent: 86 },
  version: 0,
};

describe('IndicatorsTable', () => {
  it('shows baseline, target, each year and the progress in text as well as in the bar', () => {
    renderWithProviders(<IndicatorsTable indicators={[indicator]} />);
    const table = screen.getByRole('table', { name: /Indicatori/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Indicatore', 'Valore di base', 'Valore obiettivo', '2021', '2022', '2023', '2024', 'Avanzamento']);
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Anziani soli seguiti a domicilio');
    expect(row).toHaveTextContent('231,5');
    expect(row).toHaveTextContent('180 (2021)');
    const bar = within(row).getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '86');
    expect(within(row).getByText(/Avanzamento 85,8%/)).toBeInTheDocument();
  });

  it('explains a target equal to the baseline', () => {
    renderWithProviders(
      <IndicatorsTable
        indicators={[
          { ...indicator, targetValue: 180, progress: { basis: 'TARGET_EQUALS_BASELINE', latestYear: 2023, latestValue: 180, ratio: 1, percent: 100 } },
        ]}
      />,
    );
    expect(screen.getByText(/Livello mantenuto/)).toBeInTheDocument();
  });
});
