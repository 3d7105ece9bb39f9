import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { PageNav, pageTitle } from './page-nav';

describe('PageNav', () => {
  it('titles the page after itself, its parents nearest first, and the product', () => {
    expect(pageTitle('Incontro del 25 ottobre 2021', [{ label: 'Piano di Zona Oglio Po', to: '/plans/p1' }], 'Zonale')).toBe(
      'Incontro del 25 ottobre 2021 – Piano di Zona Oglio Po – Zonale',
    );
  });

  it('renders Designers Italia breadcrumbs ending with the current page and sets the document title', async () => {
    renderWithProviders(<PageNav crumbs={[{ label: 'Piano di Zona Oglio Po', to: '/plans/p1' }]} current="Incontro del 25 ottobre 2021" />);
    const nav = screen.getByRole('navigation', { name: 'Percorso di navigazione' });
    expect(nav).toHaveTextContent('Home/Piano di Zona Oglio Po/Incontro del 25 ottobre 2021');
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: 'Piano di Zona Oglio Po' })).toHaveAttribute('href', '/plans/p1');
    expect(screen.getByText('Incontro del 25 ottobre 2021')).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(document.title).toBe('Incontro del 25 ottobre 2021 – Piano di Zona Oglio Po – Zonale'));
  });
});
