import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessions } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/render';
import { SessionList } from './session-list';

const base = sessions[0]!;
const at = (id: string, title: string, startsAt: string) => ({ ...base, id, title, startsAt, endsAt: startsAt.replace('T16', 'T18') });

describe('SessionList', () => {
  it('lists upcoming incontri first, soonest first, and past ones under their own heading, latest first', () => {
    const now = Date.parse('2026-12-07T12:00:00Z');
    const list = [
      at('p1', 'Passato vecchio', '2026-10-01T16:00:00Z'),
      at('u2', 'Futuro lontano', '2027-02-01T16:00:00Z'),
      at('p2', 'Passato recente', '2026-11-20T16:00:00Z'),
      at('u1', 'Futuro vicino', '2026-12-10T16:00:00Z'),
    ];
    renderWithProviders(<SessionList sessions={list} now={now} />);
    const links = screen.getAllByRole('link').map((l) => l.textContent);
    expect(links).toEqual(['Futuro vicino', 'Futuro lontano', 'Passato recente', 'Passato vecchio']);
    const past = screen.getByRole('region', { name: 'Incontri passati' });
    expect(
      within(past)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Passato recente', 'Passato vecchio']);
  });
});
