import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { components } from '../../../lib/api/schema';
import { stubApi } from '../../../testing/fetch-stub';
import { ORGANIZATION_ID, matrix, plan } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/render';
import SurveyEditRoute from './survey-edit';

vi.mock('../../../lib/auth', () => ({
  useAuthUser: () => ({ profile: { sub: 'u1', preferred_username: 'ufficio.casalasco' } }),
  useAuthReady: () => true,
  login: vi.fn(),
  accessToken: () => 'token',
}));

type S = components['schemas'];
const SURVEY_ID = 'c9000000-0000-4000-8000-000000000001';
const me = {
  userId: 'u1',
  username: 'ufficio.casalasco',
  roles: ['consortium'],
  organizationId: ORGANIZATION_ID,
  organizationName: 'Consorzio',
  organizationKind: 'CONSORTIUM',
  districtIds: [plan.districtId],
};
const draft: S['Survey'] = {
  id: SURVEY_ID,
  planId: plan.id,
  title: 'Scheda di rilevazione',
  status: 'DRAFT',
  version: 4,
  definition: {
    sections: [{ key: 'profilo', title: 'Profilo dell’ente', questions: [{ key: 'referente', type: 'SHORT_TEXT', title: 'Referente', required: true }] }],
  },
};

function stub() {
  return stubApi(
    {
      '/api/v1/me': me,
      '/api/v1/surveys/{surveyId}': draft,
      '/api/v1/plans/{planId}': plan,
      '/api/v1/plans/{planId}/tables/matrix': matrix,
      '/api/v1/plans/{planId}/policy-areas': { items: [], limit: 100, offset: 0, total: 0 },
    },
    {
      'PUT /api/v1/surveys/{surveyId}': { ...draft, title: 'Scheda 2021', version: 5 },
      'POST /api/v1/surveys/{surveyId}/publish': { ...draft, status: 'PUBLISHED', deadline: '2030-09-20T23:59:00+02:00', version: 5 },
    },
  );
}

async function bodyOf(fetchStub: ReturnType<typeof stubApi>, method: string, pathEnd: string): Promise<Record<string, unknown>> {
  const call = fetchStub.mock.calls.map(([r]) => r as Request).find((r) => r.method === method && new URL(r.url).pathname.endsWith(pathEnd));
  expect(call, `${method} …${pathEnd} was sent`).toBeDefined();
  return (await call!.clone().json()) as Record<string, unknown>;
}

describe('plan office: building a survey', { timeout: 30_000 }, () => {
  it('saves the questions with the version they were loaded at', async () => {
    const fetchStub = stub();
    renderWithProviders(<SurveyEditRoute />, { path: '/surveys/:surveyId/edit', route: `/surveys/${SURVEY_ID}/edit` });
    await screen.findByRole('heading', { level: 1, name: 'Scheda di rilevazione' });
    const title = document.getElementById('survey-title')!;
    await userEvent.clear(title);
    await userEvent.click(title);
    await userEvent.paste('Scheda 2021');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(await screen.findByText('Questionario salvato.')).toBeInTheDocument();
    const body = await bodyOf(fetchStub, 'PUT', `/surveys/${SURVEY_ID}`);
    expect(body).toMatchObject({ title: 'Scheda 2021', version: 4, definition: draft.definition });
  });

  it('publishes with a deadline only after confirming', async () => {
    const fetchStub = stub();
    renderWithProviders(<SurveyEditRoute />, { path: '/surveys/:surveyId/edit', route: `/surveys/${SURVEY_ID}/edit` });
    const section = (await screen.findByRole('heading', { name: 'Pubblica il questionario' })).closest('section')!;
    await userEvent.type(within(section).getByLabelText(/^Giorno di scadenza/), '2030-09-20');
    await userEvent.click(within(section).getByRole('button', { name: 'Pubblica' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pubblicare il questionario?' });
    expect(fetchStub.mock.calls.some(([r]) => (r as Request).method === 'POST')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Pubblica' }));
    await waitFor(() => expect(screen.getByText('Questionario pubblicato.')).toBeInTheDocument());
    expect(await bodyOf(fetchStub, 'POST', '/publish')).toEqual({ deadline: '2030-09-20T23:59:00+02:00', version: 4 });
  });
});
