import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { matrix, phases, plan, PLAN_ID, sessions } from '../../../testing/fixtures';
import { stubApi } from '../../../testing/fetch-stub';
import { renderWithProviders } from '../../../testing/render';
import PlanRoute from './plan';

describe('plan page', () => {
  it('shows the plan, its timeline, matrix and calendar from the API', async () => {
    stubApi({
      '/api/v1/plans/{planId}': plan,
      '/api/v1/plans/{planId}/phases': phases,
      '/api/v1/plans/{planId}/tables/matrix': matrix,
      '/api/v1/plans/{planId}/sessions': { items: sessions, limit: 100, offset: 0, total: sessions.length },
    });
    renderWithProviders(<PlanRoute />, { path: '/plans/:planId', route: `/plans/${PLAN_ID}` });
    expect(await screen.findByRole('heading', { level: 1, name: plan.title })).toBeInTheDocument();
    expect(screen.getByText('Approvato')).toBeInTheDocument();
    expect(await screen.findByText('Scheda di rilevazione dei bisogni')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /aree di policy/ });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(2);
    expect(await screen.findByText('4 incontri')).toBeInTheDocument();
  });

  it('shows the problem message when the plan does not exist', async () => {
    stubApi({
      '/api/v1/plans/{planId}': { problem: { type: 'urn:zonale:problem:plan-not-found', title: 'Not Found', status: 404, detail: 'No plan with id x.' } },
    });
    renderWithProviders(<PlanRoute />, { path: '/plans/:planId', route: `/plans/${PLAN_ID}` });
    expect(await screen.findByText('Questo Piano di Zona non esiste o non è pubblico.')).toBeInTheDocument();
    expect(screen.queryByText('No plan with id x.')).not.toBeInTheDocument();
  });
});
