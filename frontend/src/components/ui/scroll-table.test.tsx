import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { ScrollTable } from './scroll-table';

describe('ScrollTable', () => {
  it('is a labelled region reachable by keyboard, with a visible hint, around the table', () => {
    renderWithProviders(
      <ScrollTable>
        <table>
          <caption>Presenze per organizzazione</caption>
          <tbody>
            <tr>
              <th scope="row">Cooperativa</th>
              <td>85,0%</td>
            </tr>
          </tbody>
        </table>
      </ScrollTable>,
    );
    const region = screen.getByRole('region', { name: 'Tabella scorrevole: usa le frecce per vedere tutte le colonne' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toContainElement(screen.getByRole('table', { name: 'Presenze per organizzazione' }));
    expect(screen.getByText('Scorri la tabella di lato per vedere tutte le colonne.')).toBeInTheDocument();
  });
});
