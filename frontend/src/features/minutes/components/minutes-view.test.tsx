import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../testing/fetch-stub';
import { SESSION_ID } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/render';
import { MinutesView } from './minutes-view';

describe('MinutesView', () => {
  it('shows the approved minutes unchanged, followed by their approved errata and not a draft one', async () => {
    stubApi({
      '/api/v1/sessions/{sessionId}/minutes': {
        sessionId: SESSION_ID,
        body: 'Presenti 12 enti.',
        status: 'APPROVED',
        version: 2,
        updatedAt: '2026-11-23T10:00:00+01:00',
        approvedAt: '2026-11-23T12:00:00+01:00',
        errata: [
          {
            number: 1,
            body: 'Presenti 13 enti, non 12.',
            status: 'APPROVED',
            version: 2,
            updatedAt: '2026-11-24T10:00:00+01:00',
            approvedAt: '2026-11-24T11:00:00+01:00',
          },
          { number: 2, body: 'Bozza non pubblica.', status: 'DRAFT', version: 1, updatedAt: '2026-11-25T10:00:00+01:00' },
        ],
      },
    });
    renderWithProviders(<MinutesView sessionId={SESSION_ID} />);
    expect(await screen.findByText('Presenti 12 enti.')).toBeInTheDocument();
    const errata = screen.getByRole('region', { name: 'Errata corrige' });
    expect(within(errata).getByText('Errata corrige n. 1')).toBeInTheDocument();
    expect(within(errata).getByText('Presenti 13 enti, non 12.')).toBeInTheDocument();
    expect(within(errata).getByText('approvata il martedì 24 novembre 2026.')).toBeInTheDocument();
    expect(screen.queryByText('Bozza non pubblica.')).not.toBeInTheDocument();
  });
});
