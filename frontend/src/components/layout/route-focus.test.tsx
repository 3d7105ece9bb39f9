import { act, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, Link, Outlet, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n';
import { RouteFocus } from './route-focus';

function Frame() {
  return (
    <>
      <RouteFocus />
      <main id="main">
        <Outlet />
      </main>
    </>
  );
}

describe('RouteFocus', () => {
  it('leaves focus alone on the first page, then moves it to the main heading and titles the document on navigation', async () => {
    const router = createMemoryRouter(
      [
        {
          element: <Frame />,
          children: [
            { path: '/', element: <Link to="/plans/p1">Piano</Link> },
            { path: '/plans/p1', element: <h1>Piano di Zona Oglio Po</h1> },
          ],
        },
      ],
      { initialEntries: ['/'] },
    );
    render(
      <I18nextProvider i18n={i18n}>
        <RouterProvider router={router} />
      </I18nextProvider>,
    );
    expect(document.body).toHaveFocus();
    await act(() => router.navigate('/plans/p1'));
    const heading = await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(document.title).toBe('Piano di Zona Oglio Po – Zonale');
  });
});
