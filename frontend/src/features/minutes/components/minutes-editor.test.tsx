import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../testing/fetch-stub';
import { SESSION_ID } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/render';
import { MinutesEditor } from './minutes-editor';

const minutes = (version: number, status: 'DRAFT' | 'APPROVED' = 'DRAFT') => ({
  sessionId: SESSION_ID,
  body: `Testo versione ${version}`,
  status,
  version,
  updatedAt: '2026-11-23T10:00:00+01:00',
  errata: [],
});

describe('MinutesEditor', () => {
  it('writes the first draft with version 0, then approves the saved version after confirming', async () => {
    let stored: ReturnType<typeof minutes> | null = null;
    const stub = stubApi(
      {
        '/api/v1/sessions/{sessionId}/minutes': () => stored ?? { problem: { type: 'urn:zonale:problem:minutes-not-found', title: 'Not found', status: 404 } },
      },
      {
        'PUT /api/v1/sessions/{sessionId}/minutes': () => (stored = { ...minutes(1), body: 'Presenti 12 enti.' }),
        'POST /api/v1/sessions/{sessionId}/minutes/approval': () => (stored = { ...minutes(1, 'APPROVED'), body: 'Presenti 12 enti.' }),
      },
    );
    renderWithProviders(<MinutesEditor sessionId={SESSION_ID} userId="u1" />);
    await userEvent.type(await screen.findByLabelText('Testo del verbale'), 'Presenti 12 enti.');
    await userEvent.click(screen.getByRole('button', { name: 'Salva la bozza' }));

    const put = async () => stub.mock.calls.map(([r]) => r as Request).find((r) => r.method === 'PUT')!;
    expect(await (await put()).json()).toEqual({ body: 'Presenti 12 enti.', version: 0 });
    await userEvent.click(await screen.findByRole('button', { name: 'Approva il verbale' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Approvare il verbale?' })).getByRole('button', { name: 'Sì, approva' }));

    expect(await screen.findByText('Verbale approvato: è pubblico e non si modifica più.')).toBeInTheDocument();
    const approval = stub.mock.calls.map(([r]) => r as Request).find((r) => r.method === 'POST')!;
    expect(await approval.json()).toEqual({ version: 1 });
  });

  it('says someone else saved first on a 409 and loads their text', async () => {
    let stored = minutes(1);
    stubApi(
      { '/api/v1/sessions/{sessionId}/minutes': () => stored },
      {
        'PUT /api/v1/sessions/{sessionId}/minutes': () => {
          stored = minutes(2);
          return { problem: { type: 'urn:zonale:problem:stale-version', title: 'Stale', status: 409 } };
        },
      },
    );
    renderWithProviders(<MinutesEditor sessionId={SESSION_ID} userId="u1" />);
    await userEvent.type(await screen.findByLabelText('Testo del verbale'), ' e altro');
    await userEvent.click(screen.getByRole('button', { name: 'Salva la bozza' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Carica la versione aggiornata' }));
    expect(await screen.findByDisplayValue('Testo versione 2')).toBeInTheDocument();
  });
});
