import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../testing/fetch-stub';
import { PLAN_ID } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/render';
import type { Adhesion } from '../types';
import { AdhesionCard } from './adhesion-card';

const request = (status: Adhesion['status']): Adhesion => ({
  id: 'ad1',
  planId: PLAN_ID,
  agreementId: 'ag1',
  organizationId: 'o1',
  organizationName: 'Sentieri di Quartiere ODV',
  organizationKind: 'ODV',
  status,
  requestedAt: '2025-03-20T10:00:00+01:00',
  version: 0,
});
const page = (items: Adhesion[]) => ({ items, limit: 100, offset: 0, total: items.length });

describe('AdhesionCard', () => {
  it('asks to adhere after confirming, then shows the pending request and can withdraw it', async () => {
    let items: Adhesion[] = [];
    const stub = stubApi(
      { '/api/v1/plans/{planId}/agreement/adhesions': () => page(items) },
      {
        'POST /api/v1/plans/{planId}/agreement/adhesions': () => {
          items = [request('REQUESTED')];
          return request('REQUESTED');
        },
        'POST /api/v1/adhesions/{adhesionId}/withdraw': () => {
          items = [request('WITHDRAWN')];
          return request('WITHDRAWN');
        },
      },
    );
    renderWithProviders(<AdhesionCard planId={PLAN_ID} userId="u1" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Chiedi l’adesione' }));
    await userEvent.click(
      within(screen.getByRole('dialog', { name: 'Chiedere l’adesione all’accordo?' })).getByRole('button', { name: 'Sì, chiedi l’adesione' }),
    );

    expect(await screen.findByText('Richiesta di adesione inviata.')).toBeInTheDocument();
    expect(await screen.findByText('In attesa di risposta')).toBeInTheDocument();
    expect(stub.mock.calls.some(([r]) => (r as Request).method === 'POST')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Chiedi l’adesione' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Ritira la richiesta' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Ritirare la richiesta di adesione?' })).getByRole('button', { name: 'Sì, ritira' }));
    expect(await screen.findByText('Richiesta ritirata', { selector: 'span' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Chiedi l’adesione' })).toBeInTheDocument();
  });

  it('explains why an organisation that did not take part cannot adhere', async () => {
    stubApi(
      { '/api/v1/plans/{planId}/agreement/adhesions': page([]) },
      {
        'POST /api/v1/plans/{planId}/agreement/adhesions': {
          problem: { type: 'urn:zonale:problem:not-a-participant', title: 'Unprocessable', status: 422, detail: 'Only organisations that took part.' },
        },
      },
    );
    renderWithProviders(<AdhesionCard planId={PLAN_ID} userId="u1" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Chiedi l’adesione' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Sì, chiedi l’adesione' }));
    expect(await screen.findByText('Possono aderire solo gli enti che hanno partecipato al piano: a un suo tavolo o a un suo incontro.')).toBeInTheDocument();
    expect(screen.queryByText('Only organisations that took part.')).not.toBeInTheDocument();
  });

  it('shows the reason of a rejection and offers no new request', async () => {
    stubApi({ '/api/v1/plans/{planId}/agreement/adhesions': page([{ ...request('REJECTED'), decisionReason: 'Non ha partecipato ai tavoli.' }]) });
    renderWithProviders(<AdhesionCard planId={PLAN_ID} userId="u1" />);
    expect(await screen.findByText('Adesione respinta')).toBeInTheDocument();
    expect(screen.getByText('Non ha partecipato ai tavoli.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Chiedi l’adesione' })).not.toBeInTheDocument();
  });
});
