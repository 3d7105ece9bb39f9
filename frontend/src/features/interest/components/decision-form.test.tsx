import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import type { ExpressionOfInterest } from '../types';
import { DecisionForm } from './decision-form';
import { InterestList } from './interest-list';

const submitted: ExpressionOfInterest = {
  id: 'e1',
  callId: 'c1',
  organizationId: 'o1',
  organizationName: 'ODV Il Ponte',
  status: 'SUBMITTED',
  late: false,
  tableChoices: [{ tableId: 't1', titularParticipantId: 'pa1' }],
  runtsRegistered: false,
  submittedAt: '2021-09-09T18:00:00+02:00',
  version: 2,
};

describe('DecisionForm', () => {
  it('rejects only with a reason, after confirming, with the version it was read at', async () => {
    const onDecide = vi.fn(async () => undefined);
    renderWithProviders(<DecisionForm expression={submitted} onDecide={onDecide} onReload={() => undefined} />);
    await userEvent.click(screen.getByLabelText('Non ammettere'));
    await userEvent.click(screen.getByRole('button', { name: 'Registra la decisione' }));
    expect(await screen.findByLabelText(/Motivo della non ammissione/)).toHaveAccessibleDescription('Campo obbligatorio.');

    await userEvent.type(screen.getByLabelText(/Motivo della non ammissione/), 'Non opera nell’ambito');
    await userEvent.click(screen.getByRole('button', { name: 'Registra la decisione' }));
    const dialog = await screen.findByRole('dialog', { name: 'Registrare la decisione?' });
    expect(dialog).toHaveTextContent('ODV Il Ponte: Non ammettere. La decisione è definitiva.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sì, registra' }));
    expect(onDecide).toHaveBeenCalledWith({ outcome: 'REJECTED', reason: 'Non opera nell’ambito', version: 2 });
  });

  it('offers a late one only consultative admission or rejection', () => {
    renderWithProviders(<DecisionForm expression={{ ...submitted, late: true }} onDecide={vi.fn()} onReload={() => undefined} />);
    expect(screen.queryByLabelText('Ammetti')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Ammetti come consultiva')).toBeChecked();
    expect(screen.getByLabelText('Non ammettere')).toBeInTheDocument();
  });
});

describe('InterestList', () => {
  it('lists what was sent, flags the late ones and leaves drafts out', async () => {
    renderWithProviders(
      <InterestList
        expressions={[
          submitted,
          { ...submitted, id: 'e2', organizationName: 'APS Oltre', late: true },
          { ...submitted, id: 'e3', organizationName: 'Coop Bozza', status: 'DRAFT', submittedAt: undefined },
        ]}
        hrefOf={(e) => `/expressions-of-interest/${e.id}`}
      />,
    );
    expect(await screen.findByText('2 ricevute. 1 in ritardo.')).toBeInTheDocument();
    expect(within(screen.getByTestId('expression-e2')).getByText('In ritardo')).toBeInTheDocument();
    expect(within(screen.getByTestId('expression-e1')).queryByText('In ritardo')).not.toBeInTheDocument();
    expect(screen.queryByText('Coop Bozza')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'APS Oltre' })).toHaveAttribute('href', '/expressions-of-interest/e2');
  });
});
