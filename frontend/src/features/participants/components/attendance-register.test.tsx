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

  it('offers the certificate of a present person once the session is held, in the page language', async () => {
    const stub = stubApi({
      '/api/v1/sessions/{sessionId}/participants': registrationPage([
        { ...registration('pa1', 'Giulia Ferrari'), attended: true },
        { ...registration('pa2', 'Marco Bianchi'), attended: false },
      ]),
      '/api/v1/sessions/{sessionId}/participants/{participantId}/certificate': {
        problem: { type: 'urn:zonale:problem:session-not-held', title: 'Session not held', status: 422 },
      },
    });
    renderWithProviders(<AttendanceRegister sessionId={SESSION_ID} fileStem="iscrizioni" held />);
    const list = await screen.findByRole('list', { name: 'Persone iscritte all’incontro' });
    expect(within(list).queryByRole('button', { name: 'Scarica l’attestato di Marco Bianchi (PDF)' })).not.toBeInTheDocument();
    await userEvent.click(within(list).getByRole('button', { name: 'Scarica l’attestato di Giulia Ferrari (PDF)' }));

    expect(await screen.findByText('L’attestato si rilascia quando l’incontro è segnato come svolto.')).toBeInTheDocument();
    const get = stub.mock.calls.map(([r]) => new URL(typeof r === 'string' ? r : (r as Request).url)).find((u) => u.pathname.endsWith('/certificate'))!;
    expect(get.pathname).toBe(`/api/v1/sessions/${SESSION_ID}/participants/pa1/certificate`);
    expect(get.searchParams.get('lang')).toBe('it');
  });

  it('shows no certificate before the session is held', async () => {
    stubApi({ '/api/v1/sessions/{sessionId}/participants': registrationPage([{ ...registration('pa1', 'Giulia Ferrari'), attended: true }]) });
    renderWithProviders(<AttendanceRegister sessionId={SESSION_ID} fileStem="iscrizioni" />);
    const list = await screen.findByRole('list', { name: 'Persone iscritte all’incontro' });
    expect(within(list).queryByRole('button', { name: /attestato/ })).not.toBeInTheDocument();
  });
});
