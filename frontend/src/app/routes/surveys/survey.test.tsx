import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { components } from '../../../lib/api/schema';
import { matrix, plan, PLAN_ID } from '../../../testing/fixtures';
import { stubApi } from '../../../testing/fetch-stub';
import { renderWithProviders } from '../../../testing/render';
import PlanSurveysRoute from './plan-surveys';
import SurveyRoute from './survey';

type S = components['schemas'];
const SURVEY_ID = 'c9000000-0000-4000-8000-000000000001';
const AREA = 'a3000000-0000-4000-8000-000000000003';

function survey(status: S['SurveyStatus'], deadline = '2021-09-20T23:59:00+02:00'): S['Survey'] {
  return {
    id: SURVEY_ID,
    planId: PLAN_ID,
    title: 'Scheda di rilevazione dei bisogni 2021',
    description: 'Da compilare entro il 20 settembre.',
    status,
    deadline: status === 'DRAFT' ? undefined : deadline,
    version: 1,
    definition: {
      sections: [
        {
          key: 'bisogni',
          title: 'Bisogni del territorio',
          questions: [
            {
              key: 'bisogni_area',
              type: 'MATRIX',
              title: 'Quanto è rilevante il bisogno in ciascuna area?',
              required: true,
              options: [
                { key: 'basso', label: '1 – Basso', value: 1 },
                { key: 'alto', label: '4 – Molto alto', value: 4 },
              ],
              rows: [{ key: 'casa', label: 'Politiche abitative', policyAreaId: AREA }],
            },
            {
              key: 'collaborazione',
              type: 'RATING',
              title: 'Come valutate la collaborazione con l’ambito?',
              required: false,
              min: 1,
              max: 5,
              minLabel: 'Per nulla',
              maxLabel: 'Molto',
              tableId: matrix.rows[0]!.tableId,
            },
          ],
        },
      ],
    },
  };
}

function stub(status: S['SurveyStatus'], deadline?: string) {
  stubApi({
    '/api/v1/surveys/{surveyId}': survey(status, deadline),
    '/api/v1/plans/{planId}': plan,
    '/api/v1/plans/{planId}/tables/matrix': matrix,
    '/api/v1/plans/{planId}/policy-areas': { items: [], limit: 100, offset: 0, total: 0 },
    '/api/v1/plans/{planId}/surveys': { items: [survey(status)], limit: 100, offset: 0, total: 1 },
  });
}

describe('survey page', { timeout: 30_000 }, () => {
  it('shows the questions read-only and links a published survey to its answers', async () => {
    stub('PUBLISHED', '2099-09-20T23:59:00+02:00');
    renderWithProviders(<SurveyRoute />, { path: '/surveys/:surveyId', route: `/surveys/${SURVEY_ID}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Scheda di rilevazione dei bisogni 2021' })).toBeInTheDocument();
    expect(screen.getByText('Pubblicato')).toBeInTheDocument();
    const grid = screen.getByRole('table', { name: 'Quanto è rilevante il bisogno in ciascuna area?' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Voce', '1 – Basso', '4 – Molto alto']);
    expect(within(grid).getByRole('rowheader', { name: 'Politiche abitative' })).toBeInTheDocument();
    expect(screen.getByText(/Scala da 1 a 5 \(1 = Per nulla, 5 = Molto\)/)).toBeInTheDocument();
    expect(await screen.findByText(new RegExp(`tavolo: ${matrix.rows[0]!.tableName}`))).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Compila il questionario' })).toHaveAttribute('href', `/surveys/${SURVEY_ID}/respond`);
  });

  it('says a published survey past its deadline is expired and takes no answers', async () => {
    stub('PUBLISHED');
    renderWithProviders(<SurveyRoute />, { path: '/surveys/:surveyId', route: `/surveys/${SURVEY_ID}` });
    expect(await screen.findByText('Scaduto')).toBeInTheDocument();
    expect(screen.getByTestId('survey-closed')).toHaveTextContent('La scadenza è passata');
    expect(screen.queryByRole('link', { name: 'Compila il questionario' })).not.toBeInTheDocument();
  });

  it('offers no answers to a closed survey', async () => {
    stub('CLOSED');
    renderWithProviders(<SurveyRoute />, { path: '/surveys/:surveyId', route: `/surveys/${SURVEY_ID}` });
    expect(await screen.findByText('Chiuso')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Compila il questionario' })).not.toBeInTheDocument();
  });

  it('says so when the survey is a draft of another ambito or does not exist', async () => {
    stubApi({
      '/api/v1/surveys/{surveyId}': { problem: { type: 'urn:zonale:problem:survey-not-found', title: 'Not Found', status: 404, detail: 'No survey.' } },
    });
    renderWithProviders(<SurveyRoute />, { path: '/surveys/:surveyId', route: `/surveys/${SURVEY_ID}` });
    expect(await screen.findByText('Questo questionario non esiste o non è pubblico.')).toBeInTheDocument();
  });
});

describe('plan surveys page', { timeout: 30_000 }, () => {
  it('lists the plan’s surveys with status, deadline and number of questions, without the office’s button', async () => {
    stub('PUBLISHED');
    renderWithProviders(<PlanSurveysRoute />, { path: '/plans/:planId/surveys', route: `/plans/${PLAN_ID}/surveys` });
    const item = await screen.findByTestId(`survey-${SURVEY_ID}`);
    expect(within(item).getByRole('link', { name: 'Scheda di rilevazione dei bisogni 2021' })).toHaveAttribute('href', `/surveys/${SURVEY_ID}`);
    expect(within(item).getByText('Scaduto')).toBeInTheDocument();
    expect(within(item).getByText(/Scadenza: lunedì 20 settembre 2021 ore 23:59 · 2 domande/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nuovo questionario' })).not.toBeInTheDocument();
  });
});
