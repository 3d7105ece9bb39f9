import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { components } from '../../../lib/api/schema';
import { stubApi } from '../../../testing/fetch-stub';
import { ORGANIZATION_ID, matrix, participants, plan } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/render';
import CallInterestRoute from './call-interest';

vi.mock('../../../lib/auth', () => ({
  useAuthUser: () => ({ profile: { sub: 'u2', preferred_username: 'ets.odv' } }),
  useAuthReady: () => true,
  login: vi.fn(),
  accessToken: () => 'token',
}));

type S = components['schemas'];
const me = {
  userId: 'u2',
  username: 'ets.odv',
  roles: ['ets'],
  organizationId: ORGANIZATION_ID,
  organizationName: 'ODV Il Ponte',
  organizationKind: 'ODV',
  districtIds: [plan.districtId],
};
const call: S['Call'] = {
  id: 'c1',
  planId: plan.id,
  title: 'Invito al Terzo settore 2021-2023',
  text: 'Testo',
  deadline: '2099-09-10T23:59:00+02:00',
  status: 'OPEN',
  tableIds: ['t1', 't2'],
  version: 0,
  updatedAt: '2021-09-01T08:00:00Z',
};
// another delegate of the same organisation started it
const started: S['ExpressionOfInterest'] = {
  id: 'e1',
  callId: 'c1',
  organizationId: ORGANIZATION_ID,
  organizationName: 'ODV Il Ponte',
  status: 'DRAFT',
  late: false,
  tableChoices: [{ tableId: 't2', titularParticipantId: 'pa2' }],
  runtsRegistered: false,
  version: 5,
};
const page = <T,>(items: T[]) => ({ items, limit: 100, offset: 0, total: items.length });

function bodies(stub: ReturnType<typeof stubApi>, method: string) {
  return Promise.all(
    stub.mock.calls
      .map(([r]) => r as Request)
      .filter((r) => r.method === method)
      .map(async (r) => ({ path: new URL(r.url).pathname, body: r.body ? await r.clone().json() : null })),
  );
}

describe('ETS delegate: the expression of interest of the organisation', () => {
  it('shows the one another delegate started and saves it as an update of that version', async () => {
    let stored = started;
    const stub = stubApi(
      {
        '/api/v1/me': me,
        '/api/v1/calls/{callId}': call,
        '/api/v1/plans/{planId}/tables/matrix': matrix,
        '/api/v1/participants': participants,
        '/api/v1/calls/{callId}/expressions-of-interest': () => page([stored]),
      },
      {
        'PUT /api/v1/expressions-of-interest/{expressionOfInterestId}': () => (stored = { ...started, runtsRegistered: true, version: 6 }),
      },
    );
    renderWithProviders(<CallInterestRoute />, { path: '/calls/:callId/interest', route: '/calls/c1/interest' });

    expect(await screen.findByText('Bozza: non ancora inviata all’ufficio di piano.')).toBeInTheDocument();
    expect(screen.getByLabelText('Minori, giovani e famiglie')).toBeChecked();
    expect(screen.getByLabelText(/Titolare per «Minori/)).toHaveValue('pa2');
    await userEvent.click(screen.getByLabelText(/iscritta al Registro unico/));
    await userEvent.click(screen.getByRole('button', { name: 'Salva la bozza' }));

    expect(await within(screen.getByTestId('interest-status')).findByText('Bozza salvata.')).toBeInTheDocument();
    expect(await bodies(stub, 'POST')).toEqual([]);
    expect(await bodies(stub, 'PUT')).toEqual([
      {
        path: '/api/v1/expressions-of-interest/e1',
        body: { tableChoices: [{ tableId: 't2', titularParticipantId: 'pa2' }], runtsRegistered: true, version: 5 },
      },
    ]);
  });

  it('creates the draft and submits it after a confirmation, then shows it submitted with a withdraw button', async () => {
    let stored: S['ExpressionOfInterest'] | null = null;
    const stub = stubApi(
      {
        '/api/v1/me': me,
        '/api/v1/calls/{callId}': call,
        '/api/v1/plans/{planId}/tables/matrix': matrix,
        '/api/v1/participants': participants,
        '/api/v1/calls/{callId}/expressions-of-interest': () => page(stored ? [stored] : []),
      },
      {
        'POST /api/v1/calls/{callId}/expressions-of-interest': () =>
          (stored = { ...started, tableChoices: [{ tableId: 't1', titularParticipantId: 'pa1' }], version: 0 }),
        'POST /api/v1/expressions-of-interest/{expressionOfInterestId}/submit': () =>
          (stored = { ...stored!, status: 'SUBMITTED', submittedAt: '2026-11-23T10:00:00+01:00', version: 1 }),
      },
    );
    renderWithProviders(<CallInterestRoute />, { path: '/calls/:callId/interest', route: '/calls/c1/interest' });

    expect(await screen.findByText('La tua organizzazione non ha ancora manifestato interesse per questo invito.')).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Anziani, persone disabili e non autosufficienti'));
    await userEvent.selectOptions(screen.getByLabelText(/Titolare per «Anziani/), 'pa1');
    await userEvent.click(screen.getByRole('button', { name: 'Invia la manifestazione d’interesse' }));
    await userEvent.click(
      within(await screen.findByRole('dialog', { name: 'Inviare la manifestazione d’interesse?' })).getByRole('button', { name: 'Sì, invia' }),
    );

    expect(await within(screen.getByTestId('interest-status')).findByText('Manifestazione d’interesse inviata all’ufficio di piano.')).toBeInTheDocument();
    expect(await screen.findByText('Inviata: in attesa della decisione dell’ufficio di piano.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ritira la manifestazione d’interesse' })).toBeInTheDocument();
    expect((await bodies(stub, 'POST')).map((r) => r.path)).toEqual(['/api/v1/calls/c1/expressions-of-interest', '/api/v1/expressions-of-interest/e1/submit']);
  });

  it('shows the outcome of a rejected one with its reason, and no form', async () => {
    stubApi({
      '/api/v1/me': me,
      '/api/v1/calls/{callId}': call,
      '/api/v1/plans/{planId}/tables/matrix': matrix,
      '/api/v1/participants': participants,
      '/api/v1/calls/{callId}/expressions-of-interest': page([{ ...started, status: 'REJECTED', decisionReason: 'L’ente non opera nell’ambito.' }]),
    });
    renderWithProviders(<CallInterestRoute />, { path: '/calls/:callId/interest', route: '/calls/c1/interest' });
    expect(await screen.findByText('Non ammessa: L’ente non opera nell’ambito.')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.getByText('Titolare: Marco Bianchi')).toBeInTheDocument();
  });
});
