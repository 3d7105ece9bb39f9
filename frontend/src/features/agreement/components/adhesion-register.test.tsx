import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../testing/fetch-stub';
import { PLAN_ID } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/render';
import { AdhesionRegisterView } from './adhesion-register';

describe('AdhesionRegisterView', () => {
  it('shows the total and the counts by kind as a table, largest first', async () => {
    stubApi({
      '/api/v1/plans/{planId}/agreement/register': {
        items: [{ organizationId: 'o1', organizationName: 'Abio Crema ODV', organizationKind: 'ODV', acceptedAt: '2025-04-02T10:00:00+02:00' }],
        limit: 50,
        offset: 0,
        total: 85,
        countsByKind: [
          { kind: 'ODV', count: 10 },
          { kind: 'SOCIAL_COOPERATIVE', count: 37 },
        ],
      },
    });
    renderWithProviders(<AdhesionRegisterView planId={PLAN_ID} />);
    expect(await screen.findByText('85 enti del Terzo settore aderiscono all’accordo.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Enti aderenti per tipo' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Cooperativa sociale');
    expect(rows[0]).toHaveTextContent('37');
    expect(rows[0]).toHaveTextContent('43,5%');
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Organizzazione di volontariato');
    expect(screen.getByText('Abio Crema ODV')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Successivi' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Precedenti' })).toBeDisabled();
  });
});
