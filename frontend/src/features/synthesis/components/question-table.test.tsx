import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { i18n } from '../../../lib/i18n';
import { choiceQuestion, dateQuestion, matrixQuestion, numberQuestion } from '../testing-fixtures';
import { QuestionTable } from './question-table';

describe('QuestionTable', () => {
  it('shows counts and shares with "< 3" and its explanation for suppressed cells', async () => {
    renderWithProviders(<QuestionTable question={choiceQuestion} />);
    const table = await screen.findByRole('table', { name: 'Risultati: Servizi offerti' });
    within(table)
      .getAllByRole('columnheader')
      .forEach((h) => expect(h).toHaveAttribute('scope', 'col'));
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Trasporto');
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['20', '100,0%']);
    const hidden = within(rows[1]!).getAllByRole('cell');
    expect(hidden[0]).toHaveTextContent('< 3');
    expect(hidden[0]).toHaveTextContent('meno di 3 organizzazioni: dato non pubblicato');
  });

  it('gives a matrix its rows, column counts, mean and median', async () => {
    renderWithProviders(<QuestionTable question={matrixQuestion} />);
    const table = await screen.findByRole('table', { name: 'Risultati: Livello di bisogno' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Voce', 'Basso', 'Medio', 'Alto', 'Media', 'Mediana']);
    const first = within(table).getAllByRole('row')[1]!;
    expect(
      within(first)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['4', '8', '8', '2,2', '2']);
  });

  it('gives numbers n, mean, median, min and max', async () => {
    renderWithProviders(<QuestionTable question={numberQuestion} />);
    const table = await screen.findByRole('table');
    const row = within(table).getAllByRole('row')[1]!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['20', '105', '105', '10', '200']);
  });

  it('summarises a date question by how many dates, the earliest and the latest, in Italian then English', async () => {
    renderWithProviders(<QuestionTable question={dateQuestion} />);
    const table = await screen.findByRole('table', { name: 'Risultati: Quando è stata fondata l’organizzazione?' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Date indicate', 'La più lontana', 'La più recente']);
    const cells = () =>
      within(screen.getByRole('table'))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells()).toEqual(['12', 'giovedì 15 marzo 1990', 'lunedì 4 ottobre 2021']);
    await act(() => i18n.changeLanguage('en'));
    try {
      expect(
        within(screen.getByRole('table'))
          .getAllByRole('columnheader')
          .map((h) => h.textContent),
      ).toEqual(['Dates given', 'Earliest', 'Latest']);
      expect(cells()).toEqual(['12', 'Thursday, 15 March 1990', 'Monday, 4 October 2021']);
    } finally {
      await act(() => i18n.changeLanguage('it'));
    }
  });

  it("hides the dates under the small-cell rule, like a number's minimum and maximum", async () => {
    renderWithProviders(<QuestionTable question={{ ...dateQuestion, respondents: 2, dates: { n: 2, suppressed: true } }} />);
    const cells = within(await screen.findByRole('table')).getAllByRole('cell');
    expect(cells).toHaveLength(3);
    cells.forEach((c) => expect(c).toHaveTextContent('< 3'));
    expect(cells[1]).toHaveTextContent('meno di 3 organizzazioni: dato non pubblicato');
  });
});
