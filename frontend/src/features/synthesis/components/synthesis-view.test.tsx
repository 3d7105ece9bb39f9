import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stubApi } from '../../../testing/fetch-stub';
import { renderWithProviders } from '../../../testing/render';
import { crosstab, synthesis } from '../testing-fixtures';
import { SynthesisView } from './synthesis-view';

describe('SynthesisView', () => {
  it('shows the context with its source, each question, the cross-tab and the downloads', async () => {
    stubApi({ '/api/v1/surveys/{surveyId}/synthesis/crosstab': crosstab });
    renderWithProviders(<SynthesisView synthesis={synthesis} filters={{}} onFiltersChange={() => {}} tables={[]} policyAreas={[]} />);
    expect(await screen.findByText('Fonte: ISTAT via Comuni-ITA, elaborazione Zonale; dati non ufficiali.')).toBeInTheDocument();
    expect(screen.getByText(/Non ancora disponibili: indice di vecchiaia/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Quanti volontari?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Scarica il dossier per i tavoli (PDF)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Esporta CSV' })).toBeInTheDocument();
    const cross = await screen.findByRole('table', { name: /Servizi offerti per sub-ambito/ });
    const rows = within(cross).getAllByRole('row');
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['10', '10', '20']);
    // a row with a suppressed cell hides its total too
    expect(
      within(rows[2]!)
        .getAllByRole('cell')
        .every((c) => c.textContent?.startsWith('< 3')),
    ).toBe(true);
  });

  it('changes a filter through its labelled select', async () => {
    stubApi({ '/api/v1/surveys/{surveyId}/synthesis/crosstab': crosstab });
    const onChange = vi.fn();
    renderWithProviders(
      <SynthesisView synthesis={synthesis} filters={{}} onFiltersChange={onChange} tables={[{ id: 't1', label: 'Tavolo anziani' }]} policyAreas={[]} />,
    );
    await userEvent.selectOptions(await screen.findByLabelText('Tavolo'), 't1');
    expect(onChange).toHaveBeenCalledWith({ tableId: 't1' });
  });
});
