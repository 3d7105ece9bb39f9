import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../../../lib/api/problem';
import { renderWithProviders } from '../../../testing/render';
import { ContributionForm } from './contribution-form';

const tables = [{ value: 't1', label: 'Anziani, persone disabili e non autosufficienti' }];
const sessions = [{ value: 's1', label: '29/09/2021 · Tavolo anziani' }];
const policyAreas = [
  { value: 'a1', label: 'Cura e salute' },
  { value: 'a2', label: 'Politiche abitative' },
];

describe('ContributionForm', () => {
  it('checks title and text as you submit, then sends only the choices made', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<ContributionForm tables={tables} sessions={sessions} policyAreas={policyAreas} onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Salva la bozza' }));
    expect(await screen.findAllByText('Campo obbligatorio.')).toHaveLength(2);
    expect(onSubmit).not.toHaveBeenCalled();

    await userEvent.click(screen.getByLabelText(/^Titolo/));
    await userEvent.paste('  Domiciliarità ');
    await userEvent.click(screen.getByLabelText(/^Testo dell’istanza/));
    await userEvent.paste('Più ore di assistenza domiciliare.');
    await userEvent.selectOptions(screen.getByLabelText('Tavolo tematico'), 't1');
    await userEvent.click(screen.getByLabelText('Politiche abitative'));
    await userEvent.click(screen.getByRole('button', { name: 'Salva la bozza' }));

    expect(onSubmit).toHaveBeenCalledWith({
      title: 'Domiciliarità',
      text: 'Più ore di assistenza domiciliare.',
      tableId: 't1',
      sessionId: undefined,
      policyAreaIds: ['a2'],
    });
  });

  it('shows the server’s field errors next to their field, by code', async () => {
    const onSubmit = vi.fn().mockRejectedValue(
      new ApiProblem({
        type: 'urn:zonale:problem:invalid-input',
        title: 'Invalid',
        status: 400,
        errors: [{ pointer: '/policyAreaIds/0', detail: 'is not a policy area of the plan', code: 'unknown-reference' }],
      }),
    );
    renderWithProviders(<ContributionForm tables={[]} sessions={[]} policyAreas={policyAreas} onSubmit={onSubmit} />);
    expect(screen.queryByLabelText('Tavolo tematico')).not.toBeInTheDocument();
    await userEvent.click(screen.getByLabelText(/^Titolo/));
    await userEvent.paste('Casa');
    await userEvent.click(screen.getByLabelText(/^Testo dell’istanza/));
    await userEvent.paste('Un’agenzia per l’abitare.');
    await userEvent.click(screen.getByLabelText('Cura e salute'));
    await userEvent.click(screen.getByRole('button', { name: 'Salva la bozza' }));
    expect(await screen.findByText('L’elemento scelto non esiste più: ricarica la pagina.')).toBeInTheDocument();
  });
});
