import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stubApi } from '../../../testing/fetch-stub';
import { ORGANIZATION_ID, matrix, phases, plan } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/render';
import PlanManageRoute from './plan-manage';

const auth = vi.hoisted(() => ({ login: vi.fn() }));
vi.mock('../../../lib/auth', () => ({
  useAuthUser: () => ({ profile: { sub: 'u1', preferred_username: 'ufficio.casalasco' } }),
  useAuthReady: () => true,
  login: auth.login,
  accessToken: () => 'token',
}));

const draft = { ...plan, status: 'DRAFT' as const, version: 3 };
const me = (roles: string[], districtIds: string[]) => ({
  userId: 'u1',
  username: 'ufficio.casalasco',
  roles,
  organizationId: ORGANIZATION_ID,
  organizationName: 'Consorzio',
  organizationKind: 'CONSORTIUM',
  districtIds,
});
const page = <T,>(items: T[]) => ({ items, limit: 100, offset: 0, total: items.length });
const policyAreas = page(matrix.policyAreas.map((a) => ({ ...a })));

function renderManage() {
  return renderWithProviders(<PlanManageRoute />, { path: '/plans/:planId/manage', route: `/plans/${plan.id}/manage` });
}

async function bodyOf(stub: ReturnType<typeof stubApi>, method: string, pathEnd: string): Promise<unknown> {
  const call = stub.mock.calls.map(([r]) => r as Request).find((r) => r.method === method && new URL(r.url).pathname.endsWith(pathEnd));
  expect(call, `${method} …${pathEnd} was sent`).toBeDefined();
  return call!.clone().json();
}

describe('plan office: managing a plan', () => {
  it('places the server’s field errors next to their fields, by code, never showing the English detail', async () => {
    stubApi(
      { '/api/v1/me': me(['consortium'], [plan.districtId]), '/api/v1/plans/{planId}': draft, '/api/v1/policy-areas': policyAreas },
      {
        'PUT /api/v1/plans/{planId}': {
          problem: {
            type: 'urn:zonale:problem:invalid-input',
            title: 'Invalid input',
            status: 400,
            detail: 'The request has invalid fields.',
            errors: [{ pointer: '/endYear', code: 'before-start', detail: 'must not be before startYear' }],
          },
        },
      },
    );
    renderManage();
    const form = await screen.findByRole('form', { name: 'Salva' });
    await userEvent.click(within(form).getByRole('button', { name: 'Salva' }));

    const endYear = await within(form).findByLabelText(/Ultimo anno/);
    await waitFor(() => expect(endYear).toHaveAttribute('aria-invalid', 'true'));
    expect(endYear).toHaveAccessibleDescription('La fine non può precedere l’inizio.');
    expect(endYear).toHaveFocus();
    expect(screen.queryByText(/must not be before/)).not.toBeInTheDocument();
    expect(within(form).getByLabelText(/Titolo/)).not.toHaveAttribute('aria-invalid');
  });

  it('checks the form before sending: an empty title is refused on the spot', async () => {
    const stub = stubApi({ '/api/v1/me': me(['consortium'], [plan.districtId]), '/api/v1/plans/{planId}': draft, '/api/v1/policy-areas': policyAreas });
    renderManage();
    const form = await screen.findByRole('form', { name: 'Salva' });
    await userEvent.clear(within(form).getByLabelText(/Titolo/));
    await userEvent.click(within(form).getByRole('button', { name: 'Salva' }));

    expect(await within(form).findByText('Campo obbligatorio.')).toBeInTheDocument();
    expect(within(form).getByLabelText(/Titolo/)).toHaveAttribute('aria-invalid', 'true');
    expect(stub.mock.calls.some(([r]) => (r as Request).method === 'PUT')).toBe(false);
  });

  it('on a 409 says someone else saved first and reloads their version into the form', async () => {
    let stored = draft;
    const stub = stubApi(
      { '/api/v1/me': me(['consortium'], [plan.districtId]), '/api/v1/plans/{planId}': () => stored, '/api/v1/policy-areas': policyAreas },
      {
        'PUT /api/v1/plans/{planId}': () => {
          // why: another plan officer saved a new title between our load and our save
          stored = { ...draft, title: 'Titolo salvato da un collega', version: 4 };
          return { problem: { type: 'urn:zonale:problem:stale-version', title: 'Stale version', status: 409 } };
        },
      },
    );
    renderManage();
    const form = await screen.findByRole('form', { name: 'Salva' });
    await userEvent.clear(within(form).getByLabelText(/Titolo/));
    await userEvent.type(within(form).getByLabelText(/Titolo/), 'Il mio titolo');
    await userEvent.click(within(form).getByRole('button', { name: 'Salva' }));

    const alert = await screen.findByText('Qualcun altro ha salvato prima di te');
    expect(await bodyOf(stub, 'PUT', `/plans/${plan.id}`)).toMatchObject({ title: 'Il mio titolo', version: 3 });
    await userEvent.click(within(alert.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Carica la versione aggiornata' }));

    await waitFor(() => expect(screen.getByRole('form', { name: 'Salva' }).querySelector('#plan-title')).toHaveValue('Titolo salvato da un collega'));
    expect(screen.queryByText('Qualcun altro ha salvato prima di te')).not.toBeInTheDocument();
  });

  it('moves the plan to consultation only after the confirmation, sending the version it showed', async () => {
    const stub = stubApi(
      { '/api/v1/me': me(['consortium'], [plan.districtId]), '/api/v1/plans/{planId}': draft, '/api/v1/policy-areas': policyAreas },
      { 'PUT /api/v1/plans/{planId}/status': { ...draft, status: 'CONSULTATION', version: 4 } },
    );
    renderManage();
    await userEvent.click(await screen.findByRole('button', { name: 'Passa a «In consultazione»' }));
    const dialog = screen.getByRole('dialog', { name: 'Passare il piano a «In consultazione»?' });
    expect(stub.mock.calls.some(([r]) => (r as Request).method === 'PUT')).toBe(false);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Sì, passa a «In consultazione»' }));

    expect(await screen.findByText('Il piano ora è «In consultazione».')).toBeInTheDocument();
    expect(await bodyOf(stub, 'PUT', '/status')).toEqual({ status: 'CONSULTATION', version: 3 });
  });

  it('shows the 403 page to the plan office of another ambito', async () => {
    stubApi({ '/api/v1/me': me(['consortium'], ['d1000000-0000-4000-8000-000000000009']), '/api/v1/plans/{planId}': draft });
    renderManage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Accesso non consentito' })).toBeInTheDocument();
  });

  it('shows the 403 page to an ETS user', async () => {
    stubApi({ '/api/v1/me': me(['ets'], [plan.districtId]), '/api/v1/plans/{planId}': draft });
    renderManage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Accesso non consentito' })).toBeInTheDocument();
  });

  it('lists the phases, tables and sessions with links to edit them', async () => {
    stubApi({
      '/api/v1/me': me(['consortium'], [plan.districtId]),
      '/api/v1/plans/{planId}': draft,
      '/api/v1/policy-areas': policyAreas,
      '/api/v1/plans/{planId}/phases': phases,
      '/api/v1/plans/{planId}/tables/matrix': matrix,
    });
    renderManage();
    expect(await screen.findByRole('link', { name: 'Modifica «Minori, giovani e famiglie»' })).toHaveAttribute('href', '/tables/t2/edit');
    expect(screen.getByRole('link', { name: 'Nuovo tavolo' })).toHaveAttribute('href', `/plans/${plan.id}/tables/new`);
    expect(screen.getByRole('link', { name: 'Nuovo incontro' })).toHaveAttribute('href', `/plans/${plan.id}/sessions/new`);
    expect(await screen.findByRole('button', { name: 'Modifica «Scheda di rilevazione dei bisogni»' })).toBeInTheDocument();
  });
});
