import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../testing/fetch-stub';
import { PLAN_ID } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/render';
import type { Adhesion } from '../types';
import { AdhesionRequests } from './adhesion-requests';

const pending: Adhesion = {
  id: 'ad1',
  planId: PLAN_ID,
  agreementId: 'ag1',
  organizationId: 'o1',
  organizationName: 'Sentieri di Quartiere ODV',
  organizationKind: 'ODV',
  status: 'REQUESTED',
  requestedAt: '2025-03-20T10:00:00+01:00',
  version: 0,
};

describe('AdhesionRequests', () => {
  it('announces the acceptance even though the accepted request leaves the list of pending ones', async () => {
    let items: Adhesion[] = [pending];
    stubApi(
      { '/api/v1/plans/{planId}/agreement/adhesions': () => ({ items, limit: 100, offset: 0, total: items.length }) },
      {
        'POST /api/v1/adhesions/{adhesionId}/decision': () => {
          items = [];
          return { ...pending, status: 'ACCEPTED', version: 1 };
        },
      },
    );
    renderWithProviders(<AdhesionRequests planId={PLAN_ID} userId="u1" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Accetta Sentieri di Quartiere ODV' }));

    expect(await screen.findByText('Nessuna richiesta in attesa.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Sentieri di Quartiere ODV aderisce all’accordo.');
  });
});
