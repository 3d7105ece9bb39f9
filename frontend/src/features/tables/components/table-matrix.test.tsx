import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { matrix } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/render';
import { TableMatrix } from './table-matrix';

describe('TableMatrix', () => {
  it('renders tables as row headers and policy areas as column headers', async () => {
    renderWithProviders(<TableMatrix matrix={matrix} />);
    const table = await screen.findByRole('table', { name: /aree di policy/ });
    const columnHeaders = within(table).getAllByRole('columnheader');
    expect(columnHeaders.map((h) => h.textContent)).toEqual(['Tavolo', 'Cura e salute (domiciliarità)', 'Politiche abitative']);
    columnHeaders.forEach((h) => expect(h).toHaveAttribute('scope', 'col'));
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders).toHaveLength(2);
    rowHeaders.forEach((h) => expect(h).toHaveAttribute('scope', 'row'));
    expect(within(rowHeaders[0]!).getByRole('link', { name: 'Anziani, persone disabili e non autosufficienti' })).toHaveAttribute('href', '/tables/t1');
  });

  it('gives every check mark a text alternative', async () => {
    renderWithProviders(<TableMatrix matrix={matrix} />);
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['✓Sì', '–No']);
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['–No', '✓Sì']);
  });
});
