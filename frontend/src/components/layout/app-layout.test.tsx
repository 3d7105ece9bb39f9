import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { AppLayout } from './app-layout';

vi.mock('../../lib/auth', async (original) => ({ ...(await original<typeof import('../../lib/auth')>()), useAuthUser: () => null }));

describe('AppLayout on a phone', () => {
  it('keeps the account and language controls behind one menu button that opens, says so and closes with Escape', async () => {
    renderWithProviders(<AppLayout />);
    const button = screen.getByRole('button', { name: 'Menu' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById('zonale-menu')).toBeNull();
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = document.getElementById('zonale-menu')!;
    expect(menu).toContainElement(screen.getAllByRole('group', { name: 'Lingua' }).at(-1)!);
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });
});
