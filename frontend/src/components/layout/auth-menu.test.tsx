import { screen } from '@testing-library/react';
import type { User } from 'oidc-client-ts';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { AuthMenu } from './auth-menu';

let signedIn: User | null = null;
vi.mock('../../lib/auth', async (original) => ({ ...(await original<typeof import('../../lib/auth')>()), useAuthUser: () => signedIn }));

/** A user whose access token carries these realm roles (unsigned: the menu only reads the claims). */
function userWith(roles: string[]): User {
  const payload = btoa(JSON.stringify({ realm_access: { roles } }))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return { access_token: `e30.${payload}.sig`, profile: { sub: 'u1', preferred_username: 'someone' } } as unknown as User;
}

describe('AuthMenu', () => {
  it('links an ETS delegate to its istanze', () => {
    signedIn = userWith(['ets']);
    renderWithProviders(<AuthMenu />);
    expect(screen.getByRole('link', { name: 'Le mie istanze' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'I miei incontri' })).toBeInTheDocument();
  });

  it('does not offer the plan office a list of istanze it cannot have', () => {
    signedIn = userWith(['consortium']);
    renderWithProviders(<AuthMenu />);
    expect(screen.queryByRole('link', { name: 'Le mie istanze' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'La mia organizzazione' })).toBeInTheDocument();
  });
});

describe('AuthMenu names the person', () => {
  it('shows the name from the identity provider, not the username', () => {
    signedIn = {
      ...userWith(['consortium']),
      profile: { sub: 'u1', preferred_username: 'ufficio.casalasco', given_name: 'Giulia', family_name: 'Rossi' },
    } as unknown as User;
    renderWithProviders(<AuthMenu />);
    expect(screen.getByRole('link', { name: 'Profilo di Giulia Rossi' })).toBeInTheDocument();
    expect(screen.queryByText(/ufficio\.casalasco/)).not.toBeInTheDocument();
  });
});
