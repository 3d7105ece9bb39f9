import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessions } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/render';
import { MonthGrid } from './month-grid';

function phoneScreen(matches: boolean) {
  vi.stubGlobal(
    'matchMedia',
    vi.fn(() => ({ matches, addEventListener: vi.fn(), removeEventListener: vi.fn() })),
  );
}

describe('MonthGrid on a phone', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is an agenda of the days with incontri, each link named by day, time and title', () => {
    phoneScreen(true);
    renderWithProviders(<MonthGrid sessions={sessions} month="2021-09" onMonthChange={() => {}} />);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const agenda = screen.getByRole('region', { name: 'Incontri di settembre 2021' });
    const links = within(agenda).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.getAttribute('aria-label')).toMatch(/^[a-zì]+ \d{1,2} settembre 2021, \d\d:\d\d – .+/);
  });

  it('says so when the month has none', () => {
    phoneScreen(true);
    renderWithProviders(<MonthGrid sessions={sessions} month="2030-01" onMonthChange={() => {}} />);
    expect(screen.getByText('Nessun incontro in questo mese.')).toBeInTheDocument();
  });
});
