import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { matrix, sessions } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/render';
import { MonthGrid } from './month-grid';
import { SessionCalendar } from './session-calendar';

const tables = matrix.rows.map((r) => ({ id: r.tableId, name: r.tableName }));

describe('MonthGrid', () => {
  it('lays out September 2021 from Monday with sessions on their Rome day', async () => {
    renderWithProviders(<MonthGrid sessions={sessions} month="2021-09" onMonthChange={() => {}} />);
    const grid = await screen.findByRole('table', { name: 'Incontri di settembre 2021' });
    const rows = within(grid).getAllByRole('row');
    // header + 5 weeks (1 Sept 2021 was a Wednesday)
    expect(rows).toHaveLength(6);
    const firstWeek = within(rows[1]!).getAllByRole('cell');
    expect(firstWeek[0]).toHaveTextContent('');
    expect(firstWeek[2]).toHaveTextContent('1');
    const links = within(grid).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/sessions/s1', '/sessions/s2']);
    expect(links[0]).toHaveTextContent('16:30');
  });

  it('puts a late-evening UTC session on the next day in Rome', async () => {
    renderWithProviders(<MonthGrid sessions={sessions} month="2021-10" onMonthChange={() => {}} />);
    const link = await screen.findByRole('link', { name: /Plenaria di ambito/ });
    expect(link.closest('td')).toHaveTextContent(/^1/);
    expect(link).toHaveTextContent('01:30');
  });
});

describe('SessionCalendar', () => {
  it('filters by table and switches between list and month views', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SessionCalendar sessions={sessions} tables={tables} now={new Date('2021-09-01T00:00:00Z')} />);
    expect(await screen.findByText('4 incontri')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'settembre 2021' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Filtra per tavolo'), 't1');
    expect(screen.getByText('2 incontri')).toBeInTheDocument();
    expect(screen.queryByText('Minori – primo incontro')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Mese' }));
    expect(screen.getByRole('button', { name: 'Mese' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('table', { name: 'Incontri di settembre 2021' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Mese successivo/ }));
    expect(screen.getByRole('table', { name: 'Incontri di ottobre 2021' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Anziani – secondo incontro/ })).toHaveAttribute('href', '/sessions/s4');
  });
});
