import { apiClient } from './client';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProblemAlert } from '../../components/errors/problem-alert';
import { plan, PLAN_ID } from '../../testing/fixtures';
import { stubApi } from '../../testing/fetch-stub';
import { renderWithProviders } from '../../testing/render';
import { ApiProblem, problemMessageKey } from './problem';

const problem = (type: string, status: number) => new ApiProblem({ type: `urn:zonale:problem:${type}`, title: 'T', status, detail: 'raw detail' });

describe('problemMessageKey', () => {
  it.each([
    [problem('plan-not-found', 404), 'errors.problem.plan-not-found'],
    [problem('phase-not-found', 404), 'errors.problem.not-found'],
    [problem('stale-version', 409), 'errors.problem.stale-version'],
    [problem('already-registered', 409), 'errors.problem.already-registered'],
    [problem('session-not-open', 422), 'errors.problem.session-not-open'],
    [problem('forbidden', 403), 'errors.problem.forbidden'],
    [problem('something-new', 403), 'errors.problem.forbidden'],
    [problem('something-new', 503), 'errors.problem.internal-error'],
    [problem('something-new', 418), 'errors.problem.unknown'],
    [new TypeError('Failed to fetch'), 'errors.problem.network'],
  ])('maps %s to %s', (error, key) => {
    expect(problemMessageKey(error)).toBe(key);
  });
});

describe('API client', () => {
  it('returns the typed body on 200', async () => {
    stubApi({ '/api/v1/plans/{planId}': plan });
    await expect(getPlan()).resolves.toMatchObject({ title: plan.title });
  });

  it('throws an ApiProblem built from problem+json', async () => {
    stubApi({
      '/api/v1/plans/{planId}': { problem: { type: 'urn:zonale:problem:plan-not-found', title: 'Not Found', status: 404, detail: 'No plan with id x.' } },
    });
    const error = await getPlan().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).slug).toBe('plan-not-found');
    expect((error as ApiProblem).status).toBe(404);
  });
});

describe('ProblemAlert', () => {
  it('shows the translated message for the type, never the raw detail', async () => {
    renderWithProviders(<ProblemAlert error={problem('plan-not-found', 404)} />);
    expect(await screen.findByText('Questo Piano di Zona non esiste o non è pubblico.')).toBeInTheDocument();
    expect(screen.queryByText(/raw detail/)).not.toBeInTheDocument();
  });
});

// why: shared code never imports a feature, so the test calls the client the way a feature's fetcher does
async function getPlan() {
  const { data } = await apiClient.GET('/api/v1/plans/{planId}', { params: { path: { planId: PLAN_ID } } });
  return data!;
}
