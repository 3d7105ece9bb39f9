import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stubApi } from '../../../testing/fetch-stub';
import { renderWithProviders } from '../../../testing/render';
import type { SurveyCompletion } from '../types';
import { CompletionDashboard } from './completion-dashboard';
import { ReminderButton } from './reminder-button';

const SURVEY = 'c1000000-0000-4000-8000-000000000001';
const counts = (expected: number, submitted: number, draft: number) => ({ expected, submitted, draft, notStarted: expected - submitted - draft });

const completion: SurveyCompletion = {
  surveyId: SURVEY,
  total: counts(4, 1, 1),
  byKind: [
    { kind: 'APS', counts: counts(3, 1, 1) },
    { kind: 'MUNICIPALITY', counts: counts(1, 0, 0) },
  ],
  bySubdistrict: [
    { subdistrictId: '5d000000-0000-4000-8000-000000000031', subdistrictName: 'Casalasco', counts: counts(1, 1, 0) },
    { counts: counts(3, 0, 1) },
  ],
  pending: {
    items: [
      { organizationId: 'e1000000-0000-4000-8000-000000000002', organizationName: 'Comune di Viadana', organizationKind: 'MUNICIPALITY' },
      {
        organizationId: 'e1000000-0000-4000-8000-000000000003',
        organizationName: 'Auser Casalmaggiore',
        organizationKind: 'APS',
        responseId: 'a1000000-0000-4000-8000-000000000009',
      },
    ],
    limit: 20,
    offset: 0,
    total: 3,
  },
};

describe('office view of the responses', () => {
  it('shows the completion as tables by kind and by sub-ambito, and who has not answered', () => {
    renderWithProviders(<CompletionDashboard completion={completion} onPage={vi.fn()} />);
    expect(screen.getByTestId('completion-total')).toHaveTextContent('1 organizzazione su 4 ha inviato la scheda (25,0%)');
    const byKind = screen.getByRole('table', { name: 'Per tipo di organizzazione' });
    const aps = within(byKind).getByRole('row', { name: /Associazione di promozione sociale/ });
    expect(
      within(aps)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '1', '1', '1']);
    const bySub = screen.getByRole('table', { name: 'Per sub-ambito' });
    expect(within(bySub).getByRole('rowheader', { name: 'Non indicato' })).toBeInTheDocument();
    expect(screen.getByText('Non hanno ancora inviato (3)')).toBeInTheDocument();
    expect(screen.getByText('Bozza iniziata')).toBeInTheDocument();
  });

  it('sends reminders after a confirmation and says how many were queued', async () => {
    const stub = stubApi({}, { 'POST /api/v1/surveys/{surveyId}/reminders': { queued: 2, alreadyRemindedToday: 0, withoutEmail: 1 } });
    renderWithProviders(<ReminderButton surveyId={SURVEY} pending={3} />);
    await userEvent.click(screen.getByRole('button', { name: 'Invia promemoria' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('ciascuna delle 3 organizzazioni');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Invia promemoria' }));
    expect(await screen.findByText(/2 promemoria in invio\. 1 organizzazione non ha un indirizzo e-mail\./)).toBeInTheDocument();
    expect(stub.mock.calls.map(([r]) => (r as Request).method)).toContain('POST');
  });
});
