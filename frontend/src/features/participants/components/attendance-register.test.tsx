import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../testing/fetch-stub';
import { registration, registrationPage, SESSION_ID } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/render';
import { AttendanceRegister } from './attendance-register';

describe('AttendanceRegister', () => {
  it('marks a person present, sends it and updates the counts; cancelled registrations are not listed', async () => {
    let attended: boolean | undefined;
    const stub = stubApi(
      {
        '/api/v1/sessions/{sessionId}/participants': () =>
          registrationPage([
            { ...registration('pa1', 'Giulia Ferrari'), ...(attended === undefined ? {} : { attended }) },
            registration('pa2', 'Marco Bianchi'),
            registration('pa3', 'Ritirato Rossi', 'CANCELLED'),
          ]),
      },
      {
        'PUT /api/v1/sessions/{sessionId}/participants/{participantId}/attendance': () => {
          attended = true;
          return { ...registration('pa1', 'Giulia Ferrari'), attended: true };
        },
      },
    );
    renderWithProviders(<AttendanceRegister sessionId={SESSION_ID} fileStem="iscrizioni" />);
    const list = await screen.findByRole('list', { name: 'Persone iscritte all’incontro' });
    expect(within(list).queryByText('Ritirato Rossi')).not.toBeInTheDocument();
    expect(screen.getByTestId('attendance-counts')).toHaveTextContent('Presenti: 0 · Assenti: 0 · Da segnare: 2');

    const giulia = within(list).getByRole('group', { name: 'Presenza di Giulia Ferrari' });
    await userEvent.click(within(giulia).getByRole('button', { name: 'Presente' }));

    await waitFor(() => expect(within(giulia).getByRole('button', { name: 'Presente' })).toHaveAttribute('aria-pressed', 'true'));
    expect(screen.getByTestId('attendance-counts')).toHaveTextContent('Presenti: 1 · Assenti: 0 · Da segnare: 1');
    expect(screen.getByTestId('attendance-status')).toHaveTextContent('Giulia Ferrari: presente.');
    const put = stub.mock.calls.map(([r]) => r as Request).find((r) => r.method === 'PUT')!;
    expect(new URL(put.url).pathname).toBe(`/api/v1/sessions/${SESSION_ID}/participants/pa1/attendance`);
    expect(await put.json()).toEqual({ attended: true });
  });
});
