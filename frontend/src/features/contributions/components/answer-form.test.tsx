import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stubApi } from '../../../testing/fetch-stub';
import { renderWithProviders } from '../../../testing/render';
import type { Contribution } from '../types';
import { AnswerForm } from './answer-form';

const submitted: Contribution = {
  id: 'f1000000-0000-4000-8000-000000000001',
  planId: 'b1000000-0000-4000-8000-000000000001',
  number: 7,
  reference: 'IST-007',
  organizationId: 'e1000000-0000-4000-8000-000000000001',
  organizationName: 'Cooperativa sociale Il Cerchio',
  policyAreaIds: [],
  title: 'Domiciliarità',
  text: 'Più ore di assistenza domiciliare.',
  status: 'SUBMITTED',
  submittedAt: '2026-11-20T10:00:00+01:00',
  version: 3,
};

describe('AnswerForm', () => {
  it('needs an outcome and a reasoning, then answers on the version it was made from', async () => {
    const stub = stubApi(
      {},
      {
        'PUT /api/v1/contributions/{contributionId}/answer': {
          ...submitted,
          status: 'ANSWERED',
          outcome: 'TAKEN_INTO_ACCOUNT',
          reasoning: 'Nel tavolo anziani.',
          version: 4,
        },
      },
    );
    renderWithProviders(<AnswerForm contribution={submitted} onReload={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Pubblica la risposta' }));
    expect(await screen.findAllByText('Campo obbligatorio.')).toHaveLength(2);

    await userEvent.click(screen.getByLabelText('Tenuta in considerazione'));
    await userEvent.click(screen.getByLabelText(/^Motivazione/));
    await userEvent.paste('Nel tavolo anziani.');
    await userEvent.click(screen.getByRole('button', { name: 'Pubblica la risposta' }));

    expect(await screen.findByText('Risposta salvata.')).toBeInTheDocument();
    const put = stub.mock.calls.map(([r]) => r as Request).find((r) => r.method === 'PUT')!;
    expect(await put.json()).toEqual({ outcome: 'TAKEN_INTO_ACCOUNT', reasoning: 'Nel tavolo anziani.', version: 3 });
  });

  it('says someone else answered first on a 409 and offers to load their answer', async () => {
    stubApi(
      {},
      {
        'PUT /api/v1/contributions/{contributionId}/answer': {
          problem: { type: 'urn:zonale:problem:stale-version', title: 'Stale', status: 409 },
        },
      },
    );
    const onReload = vi.fn();
    const answered: Contribution = { ...submitted, status: 'ANSWERED', outcome: 'ACCEPTED', reasoning: 'Obiettivo 2.' };
    renderWithProviders(<AnswerForm contribution={answered} onReload={onReload} />);
    expect(screen.getByLabelText('Accolta')).toBeChecked();
    await userEvent.click(screen.getByLabelText('Non pertinente'));
    await userEvent.click(screen.getByRole('button', { name: 'Salva la correzione' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Carica la versione aggiornata' }));
    expect(onReload).toHaveBeenCalled();
  });
});
