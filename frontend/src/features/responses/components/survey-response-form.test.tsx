import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stubApi } from '../../../testing/fetch-stub';
import { renderWithProviders } from '../../../testing/render';
import type { SurveyForm, SurveyResponse } from '../types';
import { SurveyResponseForm } from './survey-response-form';

const SURVEY = 'c1000000-0000-4000-8000-000000000001';

const form: SurveyForm = {
  surveyId: SURVEY,
  planId: 'b1000000-0000-4000-8000-000000000001',
  title: 'Scheda di rilevazione 2021',
  status: 'PUBLISHED',
  deadline: '2030-03-31T23:59:00+02:00',
  editable: true,
  subdistricts: [{ id: '5d000000-0000-4000-8000-000000000031', name: 'Casalasco' }],
  definition: {
    sections: [
      {
        key: 'ente',
        title: 'L’organizzazione',
        questions: [
          { key: 'name', type: 'SHORT_TEXT', title: 'Denominazione', required: true },
          { key: 'volunteers', type: 'NUMBER', title: 'Volontari', required: false, min: 0, max: 1000 },
        ],
      },
      {
        key: 'bisogni',
        title: 'I bisogni',
        questions: [
          {
            key: 'needs',
            type: 'MATRIX',
            title: 'Livello di bisogno',
            required: true,
            options: [
              { key: 'basso', label: 'Basso' },
              { key: 'alto', label: 'Alto' },
            ],
            rows: [
              { key: 'casa', label: 'Casa' },
              { key: 'lavoro', label: 'Lavoro' },
            ],
          },
        ],
      },
    ],
  },
};

function saved(overrides: Partial<SurveyResponse> = {}): SurveyResponse {
  return {
    id: 'a1000000-0000-4000-8000-000000000001',
    surveyId: SURVEY,
    organizationId: 'e1000000-0000-4000-8000-000000000001',
    organizationName: 'Cooperativa Il Sole',
    organizationKind: 'SOCIAL_COOPERATIVE',
    status: 'DRAFT',
    answers: { name: 'Il Sole' },
    editable: true,
    deadline: form.deadline,
    createdAt: '2026-11-23T10:30:00+01:00',
    updatedAt: '2026-11-23T10:32:00+01:00',
    version: 0,
    ...overrides,
  };
}

describe('SurveyResponseForm', () => {
  it('autosaves what is typed and says when, in a live region', async () => {
    const stub = stubApi({}, { 'PUT /api/v1/surveys/{surveyId}/responses/mine': saved() });
    renderWithProviders(<SurveyResponseForm form={form} onReload={vi.fn()} autosaveDelay={0} />);

    await userEvent.click(screen.getByLabelText(/^Denominazione/));
    await userEvent.paste('Il Sole');

    expect(await screen.findByText('Bozza salvata alle 10:32')).toBeInTheDocument();
    expect(screen.getByTestId('save-status')).toHaveAttribute('aria-live', 'polite');
    const put = stub.mock.calls.map(([r]) => r as Request).find((r) => r.method === 'PUT')!;
    expect(await put.json()).toEqual({ answers: { name: 'Il Sole' } });
  });

  it('shows the server’s errors under their fields, matrix rows included, and opens their section', async () => {
    stubApi(
      {},
      {
        'PUT /api/v1/surveys/{surveyId}/responses/mine': saved({ version: 1 }),
        'POST /api/v1/surveys/{surveyId}/responses/mine/submit': {
          problem: {
            type: 'urn:zonale:problem:invalid-answers',
            title: 'Invalid',
            status: 422,
            errors: [
              { pointer: '/answers/needs/lavoro', code: 'required', detail: 'Every row needs an answer.' },
              { pointer: '/subdistrictId', code: 'required', detail: 'Say which.' },
            ],
          },
        },
      },
    );
    renderWithProviders(<SurveyResponseForm form={{ ...form, response: saved() }} onReload={vi.fn()} autosaveDelay={0} />);

    await userEvent.click(screen.getByRole('button', { name: 'Invia la scheda' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Invia la scheda' }));

    expect(await screen.findByRole('heading', { name: /Sezione 2 di 2/ })).toBeInTheDocument();
    const row = screen.getByRole('group', { name: 'Lavoro' });
    expect(row).toHaveAttribute('aria-invalid', 'true');
    expect(within(row).getByText('Campo obbligatorio.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Sub-ambito/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('offers to retry a save that failed, and sends the changes again', async () => {
    let calls = 0;
    stubApi(
      {},
      {
        'PUT /api/v1/surveys/{surveyId}/responses/mine': () => {
          calls++;
          return calls === 1 ? { problem: { type: 'urn:zonale:problem:internal-error', title: 'Error', status: 500 } } : saved();
        },
      },
    );
    renderWithProviders(<SurveyResponseForm form={form} onReload={vi.fn()} autosaveDelay={0} />);
    await userEvent.click(screen.getByLabelText(/^Denominazione/));
    await userEvent.paste('X');

    await userEvent.click(await screen.findByRole('button', { name: 'Riprova' }));
    expect(await screen.findByText('Bozza salvata alle 10:32')).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('saves a survey never saved before submitting it, so the server can name what is missing', async () => {
    const stub = stubApi(
      {},
      {
        'PUT /api/v1/surveys/{surveyId}/responses/mine': saved({ answers: {} }),
        'POST /api/v1/surveys/{surveyId}/responses/mine/submit': {
          problem: {
            type: 'urn:zonale:problem:invalid-answers',
            title: 'Invalid',
            status: 422,
            errors: [{ pointer: '/answers/name', code: 'required', detail: 'This question needs an answer.' }],
          },
        },
      },
    );
    renderWithProviders(<SurveyResponseForm form={form} onReload={vi.fn()} autosaveDelay={0} />);
    await userEvent.click(screen.getByRole('button', { name: 'Invia la scheda' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Invia la scheda' }));

    expect(await screen.findByText('Campo obbligatorio.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Denominazione/)).toHaveAttribute('aria-invalid', 'true');
    const methods = stub.mock.calls.map(([r]) => (r as Request).method);
    expect(methods).toEqual(['PUT', 'POST']);
  });

  it('says when it was submitted and until when it can be changed', () => {
    stubApi({});
    renderWithProviders(
      <SurveyResponseForm form={{ ...form, response: saved({ status: 'SUBMITTED', submittedAt: '2026-11-23T10:40:00+01:00' }) }} onReload={vi.fn()} />,
    );
    expect(screen.getByText(/^Inviata il 23 novembre 2026.* — modificabile fino al 31 marzo 2030/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Invia la scheda' })).not.toBeInTheDocument();
  });
});
