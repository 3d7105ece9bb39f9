import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../testing/fetch-stub';
import { renderWithProviders } from '../../../testing/render';
import { calendarUrl } from './calendar-link';
import { PrivateFeedCard } from './private-feed-card';

describe('PrivateFeedCard', () => {
  it('creates the secret address, shows it once, and turns it off after confirming', async () => {
    let active = false;
    const stub = stubApi(
      { '/api/v1/me/calendar-feed': () => ({ active }) },
      {
        'POST /api/v1/me/calendar-feed': () => {
          active = true;
          return { url: 'http://localhost:8080/api/v1/calendar-feeds/segreto', createdAt: '2026-11-23T10:00:00Z' };
        },
        'DELETE /api/v1/me/calendar-feed': () => {
          active = false;
          return null;
        },
      },
    );
    renderWithProviders(<PrivateFeedCard userId="u1" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Crea l’indirizzo del calendario' }));

    expect(await screen.findByLabelText('Indirizzo del tuo calendario')).toHaveValue('http://localhost:8080/api/v1/calendar-feeds/segreto');
    expect(await screen.findByTestId('private-feed-state')).toHaveTextContent('Hai un indirizzo di calendario attivo.');

    await userEvent.click(screen.getByRole('button', { name: 'Disattiva l’indirizzo' }));
    const dialog = screen.getByRole('dialog', { name: 'Disattivare l’indirizzo del calendario?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disattiva l’indirizzo' }));

    await waitFor(() => expect(stub.mock.calls.some(([r]) => (r as Request).method === 'DELETE')).toBe(true));
    expect(await screen.findByRole('button', { name: 'Crea l’indirizzo del calendario' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Indirizzo del tuo calendario')).not.toBeInTheDocument();
  });

  it('points public calendar links at the API’s iCalendar feeds', () => {
    expect(calendarUrl({ kind: 'plan', id: 'p1' })).toBe('http://localhost:8080/api/v1/plans/p1/calendar');
    expect(calendarUrl({ kind: 'session', id: 's1' })).toBe('http://localhost:8080/api/v1/sessions/s1/calendar');
  });
});
