import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { stubApi } from '../../../testing/fetch-stub';
import { ORGANIZATION_ID, participants, plan, registration, registrationPage, sessions } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/render';
import MySessionsRoute from './sessions';

vi.mock('../../../lib/auth', () => ({
  useAuthUser: () => ({ profile: { sub: 'u1', preferred_username: 'ets.cooperativa1' } }),
  login: vi.fn(),
  accessToken: () => 'token',
}));

describe('my sessions page', () => {
  it('lists the upcoming sessions of the user’s districts with the organisation’s registrations', async () => {
    const upcoming = sessions.slice(0, 2);
    const stub = stubApi({
      '/api/v1/me': {
        userId: 'u1',
        username: 'ets.cooperativa1',
        roles: ['ets'],
        organizationId: ORGANIZATION_ID,
        organizationName: 'Cooperativa',
        organizationKind: 'ETS',
        districtIds: [plan.districtId],
      },
      '/api/v1/plans': { items: [plan], limit: 100, offset: 0, total: 1 },
      '/api/v1/plans/{planId}/sessions': { items: upcoming, limit: 100, offset: 0, total: upcoming.length },
      '/api/v1/participants': participants,
      '/api/v1/sessions/{sessionId}/participants': registrationPage([registration('pa1', 'Giulia Ferrari')]),
    });
    renderWithProviders(<MySessionsRoute />, { path: '/my/sessions', route: '/my/sessions' });

    expect(screen.getByRole('heading', { level: 1, name: 'I miei incontri' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Anziani – primo incontro' })).toHaveAttribute('href', '/sessions/s1');
    await waitFor(() => expect(screen.getAllByRole('list', { name: 'Iscrizioni della tua organizzazione' })).toHaveLength(2));
    const lists = screen.getAllByRole('list', { name: 'Iscrizioni della tua organizzazione' });
    expect(
      within(lists[0]!)
        .getByText(/Giulia Ferrari/)
        .closest('li'),
    ).toHaveTextContent('Iscrizione confermata');
    expect(
      within(lists[0]!)
        .getByText(/Marco Bianchi/)
        .closest('li'),
    ).toHaveTextContent('Nessuna iscrizione');

    const sessionsUrl = stub.mock.calls.map(([r]) => new URL((r as Request).url)).find((u) => u.pathname.endsWith('/sessions'));
    expect(sessionsUrl?.searchParams.get('status')).toBe('SCHEDULED');
    expect(sessionsUrl?.searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});
