import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '../../../lib/api/schema';
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

  it('corrects approved minutes with a numbered erratum, saved with version 0 and then approved in its turn', async () => {
    type Minutes = components['schemas']['Minutes'];
    const approvedMinutes: Minutes = { ...minutes(3, 'APPROVED'), approvedAt: '2026-11-23T12:00:00+01:00' };
    let stored: Minutes = approvedMinutes;
    const erratum = (status: 'DRAFT' | 'APPROVED', version: number) => ({
      number: 1,
      body: 'Presenti 13 enti, non 12.',
      status,
      version,
      updatedAt: '2026-11-24T10:00:00+01:00',
      ...(status === 'APPROVED' ? { approvedAt: '2026-11-24T11:00:00+01:00' } : {}),
    });
    const stub = stubApi(
      { '/api/v1/sessions/{sessionId}/minutes': () => stored },
      {
        'PUT /api/v1/sessions/{sessionId}/minutes/errata/{number}': () => (stored = { ...approvedMinutes, errata: [erratum('DRAFT', 1)] }),
        'POST /api/v1/sessions/{sessionId}/minutes/errata/{number}/approval': () => (stored = { ...approvedMinutes, errata: [erratum('APPROVED', 2)] }),
      },
    );
    renderWithProviders(<MinutesEditor sessionId={SESSION_ID} userId="u1" />);
    // the approved text stays as it is: no field edits it
    expect(await screen.findByText('Verbale approvato: è pubblico e non si modifica più.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Testo del verbale')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Scrivi l’errata corrige n. 1' }));
    await userEvent.type(screen.getByLabelText('Testo dell’errata corrige n. 1'), 'Presenti 13 enti, non 12.');
    await userEvent.click(screen.getByRole('button', { name: 'Salva la bozza' }));
    expect(await screen.findByText('Bozza dell’errata corrige n. 1 salvata.')).toBeInTheDocument();
    const requests = () => stub.mock.calls.map(([r]) => r as Request);
    const put = requests().find((r) => r.method === 'PUT')!;
    expect(put.url).toMatch(/\/minutes\/errata\/1$/);
    expect(await put.json()).toEqual({ body: 'Presenti 13 enti, non 12.', version: 0 });
    expect(await screen.findByText('bozza, non ancora pubblica.')).toBeInTheDocument();

    await userEvent.click(await screen.findByRole('button', { name: 'Approva l’errata corrige' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Approvare l’errata corrige n. 1?' })).getByRole('button', { name: 'Sì, approva' }));
    expect(await screen.findByText('Errata corrige n. 1 approvata e pubblicata.')).toBeInTheDocument();
    const approval = requests().find((r) => r.method === 'POST')!;
    expect(approval.url).toMatch(/\/minutes\/errata\/1\/approval$/);
    expect(await approval.json()).toEqual({ version: 1 });
    expect(within(await screen.findByTestId('erratum-1')).getByText(/^approvata il/)).toBeInTheDocument();
    // the next correction would be number 2
    expect(screen.getByRole('button', { name: 'Scrivi l’errata corrige n. 2' })).toBeInTheDocument();
  });
});
