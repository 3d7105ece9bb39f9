import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../../lib/api/problem';
import { renderWithProviders } from '../../testing/render';
import { ProblemAlert } from './problem-alert';

const auth = vi.hoisted(() => ({ user: null as null | object, login: vi.fn() }));
vi.mock('../../lib/auth', () => ({ useAuthUser: () => auth.user, login: auth.login }));

const notFound = new ApiProblem({ type: 'urn:zonale:problem:contribution-not-found', title: 'Not found', status: 404 });

describe('ProblemAlert', () => {
  it('offers a signed-out visitor of a private page to sign in and come back', async () => {
    auth.user = null;
    renderWithProviders(<ProblemAlert error={notFound} />, { path: '/contributions/:id', route: '/contributions/c1' });
    expect(screen.getByText('Se questa pagina è riservata, accedi per vederla.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Accedi' }));
    expect(auth.login).toHaveBeenCalled();
  });

  it('does not offer signing in to a signed-in user', () => {
    auth.user = { profile: { sub: 'u1' } };
    renderWithProviders(<ProblemAlert error={notFound} />);
    expect(screen.queryByRole('button', { name: 'Accedi' })).not.toBeInTheDocument();
  });
});
