import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { stubApi } from '../testing/fetch-stub';
import { renderWithProviders } from '../testing/render';
import { RequireRole } from './require-role';

const auth = vi.hoisted(() => ({ user: null as null | { profile: { sub: string } }, ready: true, login: vi.fn() }));
vi.mock('../lib/auth', () => ({
  useAuthUser: () => auth.user,
  useAuthReady: () => auth.ready,
  login: auth.login,
  accessToken: () => (auth.user ? 'token' : null),
}));

const guarded = <RequireRole roles={['consortium']}>{(account) => <h1>{`Ufficio di piano: ${account.username}`}</h1>}</RequireRole>;

describe('pages for a role', () => {
  it('sends an anonymous visitor to the Keycloak login, coming back to the same page', async () => {
    auth.user = null;
    auth.ready = true;
    auth.login.mockClear();
    renderWithProviders(guarded, { path: '/plans/new', route: '/plans/new?from=home' });
    await waitFor(() => expect(auth.login).toHaveBeenCalledWith('/plans/new?from=home'));
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
  });

  it('waits while the stored session is being restored instead of redirecting', async () => {
    auth.user = null;
    auth.ready = false;
    auth.login.mockClear();
    renderWithProviders(guarded, { path: '/plans/new', route: '/plans/new' });
    expect(await screen.findByText('Caricamento in corso…')).toBeInTheDocument();
    expect(auth.login).not.toHaveBeenCalled();
  });

  it('shows the page to the role, and the 403 page to another role', async () => {
    auth.user = { profile: { sub: 'u1' } };
    auth.ready = true;
    const account = {
      userId: 'u1',
      username: 'ufficio.cremasco',
      organizationId: 'o1',
      organizationName: 'C',
      organizationKind: 'CONSORTIUM',
      districtIds: [],
    };
    stubApi({ '/api/v1/me': { ...account, roles: ['consortium'] } });
    const first = renderWithProviders(guarded);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ufficio di piano: ufficio.cremasco' })).toBeInTheDocument();
    first.unmount();

    stubApi({ '/api/v1/me': { ...account, roles: ['ets'] } });
    renderWithProviders(guarded);
    expect(await screen.findByRole('heading', { level: 1, name: 'Accesso non consentito' })).toBeInTheDocument();
  });
});
